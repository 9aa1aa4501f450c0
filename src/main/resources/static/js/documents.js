// Documents: the print button of a preview (issue 12 defect 4); inline handlers are blocked by the CSP.
document.addEventListener('click', function (evt) {
  var t = evt.target;
  if (t && t.closest && t.closest('[data-print]')) {
    window.print();
  }
});
