// The review page's only script (served at /assets/review.js): characters left in the notes counted by grapheme,
// "None of these" exclusive (and undoable when it clears ticked choices), "does not apply" toggling, the risk as
// it changes (from the table the server ships), ↑/↓ between choices, Ctrl/Cmd+Enter for "Save and next", focus
// on the question after a save (on the notes after taking a suggestion), the question list folded on phones,
// and a warning before leaving with unsaved changes.
// Without it the form still works: the server validates and computes everything again.
export const REVIEW_SCRIPT = `(function () {
  'use strict';
  var form = document.getElementById('answer-form');
  if (!form) return;
  var letters = { H: 'HIGH', M: 'MEDIUM', N: 'NONE', A: 'NOT_APPLICABLE', U: 'UNANSWERED' };
  var labels = JSON.parse(form.getAttribute('data-labels') || '{}');
  var table = form.getAttribute('data-risks') || '';
  var max = Number(form.getAttribute('data-max')) || 2084;
  var choices = Array.prototype.slice.call(form.querySelectorAll('input[name=choice]'));
  var na = document.getElementById('na');
  var reason = document.getElementById('reason');
  var fieldset = document.getElementById('choices');
  var notes = document.getElementById('notes');
  var count = document.getElementById('notes-count');
  var riskNow = document.getElementById('risk-now');
  var segmenter = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  var dirty = form.getAttribute('data-dirty') === '1';

  function characters(text) {
    if (!segmenter) return Array.from(text).length;
    var n = 0;
    for (var it = segmenter.segment(text)[Symbol.iterator](), s = it.next(); !s.done; s = it.next()) n++;
    return n;
  }
  function grouped(n) { return n.toLocaleString('en-US'); }
  function updateCount() {
    var left = max - characters(notes.value.replace(/\\r\\n/g, '\\n'));
    var template = left >= 0 ? form.getAttribute('data-left') : form.getAttribute('data-over');
    count.textContent = template.replace('{n}', grouped(Math.abs(left)));
    count.className = left < 0 ? 'error' : 'hint';
  }
  function showRisk(risk) {
    var badge = document.createElement('span');
    badge.className = 'badge risk-' + risk;
    badge.textContent = labels[risk] || risk;
    riskNow.replaceChildren(badge);
  }
  function updateRisk() {
    if (na.checked) return showRisk('NOT_APPLICABLE');
    if (!table) return;
    var mask = 0;
    choices.forEach(function (box, i) { if (box.checked) mask |= 1 << i; });
    showRisk(letters[table.charAt(mask)] || 'UNANSWERED');
  }
  function updateApplicable() {
    fieldset.disabled = na.checked;
    reason.disabled = !na.checked;
  }
  var undoBox = document.getElementById('none-undo');
  function hideUndo() { if (undoBox) { undoBox.hidden = true; undoBox.replaceChildren(); } }
  function offerUndo(none, cleared) {
    if (!undoBox || cleared.length === 0) return;
    var names = cleared.map(function (b) { var l = form.querySelector('label[for="' + b.id + '"]'); return l ? l.textContent : b.value; });
    var text = document.createElement('span');
    text.textContent = (form.getAttribute('data-cleared') || '{list}').replace('{list}', names.join(', ')) + ' ';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.id = 'undo-none';
    button.textContent = form.getAttribute('data-undo') || 'Undo';
    button.addEventListener('click', function () {
      none.checked = false;
      cleared.forEach(function (b) { b.checked = true; });
      hideUndo();
      updateRisk();
      cleared[0].focus();
    });
    undoBox.replaceChildren(text, button);
    undoBox.hidden = false;
  }
  choices.forEach(function (box, i) {
    box.addEventListener('change', function () {
      if (!box.checked) { if (box.getAttribute('data-none') === '1') hideUndo(); return; }
      var isNone = box.getAttribute('data-none') === '1';
      var cleared = [];
      choices.forEach(function (other) {
        if (other !== box && (isNone || other.getAttribute('data-none') === '1') && other.checked) { other.checked = false; cleared.push(other); }
      });
      if (isNone) offerUndo(box, cleared); else hideUndo();
    });
    box.addEventListener('keydown', function (event) {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      var to = choices[i + (event.key === 'ArrowDown' ? 1 : -1)];
      if (!to) return;
      event.preventDefault();
      to.focus();
    });
  });
  form.addEventListener('input', function () { dirty = true; });
  form.addEventListener('change', function () { dirty = true; updateApplicable(); updateRisk(); });
  notes.addEventListener('input', updateCount);
  form.addEventListener('submit', function () { dirty = false; });
  form.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      var next = document.getElementById('save-next');
      if (form.requestSubmit) form.requestSubmit(next); else next.click();
    }
  });
  window.addEventListener('beforeunload', function (event) {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = form.getAttribute('data-unsaved') || '';
  });
  updateApplicable();
  updateCount();
  updateRisk();
  var list = document.querySelector('details.question-list');
  if (list && window.matchMedia && window.matchMedia('(max-width: 48rem)').matches) list.open = false;
  var focus = form.getAttribute('data-focus');
  var target = focus === 'done' ? document.getElementById('done') : focus === 'notes' ? notes : focus === 'question' ? document.getElementById('question-title') : null;
  if (target) target.focus();
})();
`;
