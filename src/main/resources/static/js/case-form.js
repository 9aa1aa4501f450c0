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
