// The report page's only script (served at /assets/print.js): shows the Print button and opens the print dialog.
// Without it the page still prints from the browser's menu.
export const PRINT_SCRIPT = `(function () {
  'use strict';
  var button = document.getElementById('print');
  if (!button || typeof window.print !== 'function') return;
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
})();
`;
