// New-case form (issue 12 defect 9): show the fields of the chosen party kind only, and the basis document the
// chosen source rests on. Without JavaScript every field shows and the server checks them all the same.
(function () {
  var form = document.getElementById('case-form');
  if (!form) { return; }
  var party = form.querySelector('#partyType');
  var source = form.querySelector('#source');
  var hint = document.getElementById('source-basis-hint');
  function showParty() {
    var kind = party ? party.value : 'ENTERPRISE';
    form.querySelectorAll('[data-party]').forEach(function (el) {
      el.hidden = el.getAttribute('data-party') !== kind;
    });
  }
  function showBasis() {
    if (!source || !hint) { return; }
    var opt = source.options[source.selectedIndex];
    hint.textContent = '依据文件：' + (opt ? opt.getAttribute('data-basis') : '');
  }
  if (party) { party.addEventListener('change', showParty); }
  if (source) { source.addEventListener('change', showBasis); }
  showParty();
  showBasis();
})();

// CASE-04: the basis record picker offers the records of the chosen source only (plan items for 年度监督检查计划, draws
// for 双随机抽查, complaints and clues for 投诉举报); a source without records hides it. With a record picked, the typed
// basis document is not needed (the server takes it from the record) and its fields are hidden.
(function () {
  var form = document.getElementById('case-form');
  var picker = form ? form.querySelector('#originId') : null;
  if (!picker) { return; }
  var source = form.querySelector('#source');
  var field = document.getElementById('origin-field');
  function showRecords() {
    var chosen = source ? source.value : '';
    var any = false;
    picker.querySelectorAll('optgroup').forEach(function (group) {
      var match = group.getAttribute('data-source') === chosen;
      group.hidden = !match;
      group.disabled = !match;
      if (match && group.querySelector('option')) { any = true; }
    });
    var selected = picker.options[picker.selectedIndex];
    if (selected && selected.parentNode && selected.parentNode.disabled) { picker.value = ''; }
    if (field) { field.hidden = !any; }
    if (!any) { picker.value = ''; }
    showTyped();
  }
  function showTyped() {
    var typed = picker.value === '';
    form.querySelectorAll('[data-typed-basis]').forEach(function (el) { el.hidden = !typed; });
  }
  if (source) { source.addEventListener('change', showRecords); }
  picker.addEventListener('change', showTyped);
  showRecords();
})();
