// The report page's only script (served at /assets/print.js): shows the Print button and opens the print
// dialog, and while the PDF is printed on the server (a second or two) says so beside its link, then hands
// the file over. Without the script the page still prints from the browser's menu and the link still downloads.
export const PRINT_SCRIPT = `(function () {
  'use strict';
  var button = document.getElementById('print');
  if (button && typeof window.print === 'function') {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  }
  var link = document.getElementById('download-pdf');
  var status = document.getElementById('pdf-status');
  if (!link || !status || typeof window.fetch !== 'function' || !window.URL || !URL.createObjectURL) return;
  var busy = false;
  function fileName(header) {
    var star = /filename\\*=UTF-8''([^;]+)/i.exec(header || '');
    if (star) { try { return decodeURIComponent(star[1]); } catch (e) { /* fall through */ } }
    var plain = /filename="?([^";]+)"?/i.exec(header || '');
    return plain ? plain[1] : 'report.pdf';
  }
  link.addEventListener('click', function (event) {
    event.preventDefault();
    if (busy) return;
    busy = true;
    link.setAttribute('aria-busy', 'true');
    link.classList.add('busy');
    status.textContent = link.getAttribute('data-preparing');
    fetch(link.href, { credentials: 'same-origin' }).then(function (response) {
      var type = response.headers.get('content-type') || '';
      if (!response.ok || type.indexOf('application/pdf') !== 0) {
        // The server's page says why (busy, no Chromium): show it as a normal navigation would.
        window.location.href = link.href;
        return null;
      }
      var name = fileName(response.headers.get('content-disposition'));
      return response.blob().then(function (blob) {
        var url = URL.createObjectURL(blob);
        var a = document.createElement('a');
        a.href = url;
        a.download = name;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
        status.textContent = link.getAttribute('data-ready');
      });
    }).catch(function () {
      status.textContent = link.getAttribute('data-failed');
    }).then(function () {
      busy = false;
      link.removeAttribute('aria-busy');
      link.classList.remove('busy');
    });
  });
})();
`;
