// Decision form: inline check before sending (the server checks the same): a decision must be chosen,
// and a rejection or a return needs an opinion.
(function () {
  var form = document.getElementById('decision-form');
  if (!form) return;
  form.addEventListener('submit', function (ev) {
    var chosen = form.querySelector('input[name=decision]:checked');
    var opinion = document.getElementById('opinion');
    var fb = document.getElementById('opinion-feedback');
    var msg = null;
    if (!chosen) msg = '请选择审批决定';
    else if (chosen.value !== 'APPROVE' && !opinion.value.trim()) msg = '“不同意”或“退回修改”时必须填写审批意见';
    if (msg) {
      ev.preventDefault();
      opinion.classList.add('is-invalid');
      fb.textContent = msg;
      opinion.focus();
    }
  });
})();
