// Public portal (issue 14): hide the contact fields while "anonymous" is ticked on the complaint form.
(function () {
  var box = document.getElementById('anonymous');
  var contact = document.getElementById('contact-fields');
  if (!box || !contact) {
    return;
  }
  function sync() {
    contact.classList.toggle('portal-hidden', box.checked);
  }
  box.addEventListener('change', sync);
  sync();
})();
