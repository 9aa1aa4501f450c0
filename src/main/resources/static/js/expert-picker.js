// TI-07: pick an applicant from the expert pool. Asks the scoped JSON endpoint as the user types, and on a choice
// prefills the name and title level; the ID card stays on the server (the form sends only the expert's id).
(function () {
  document.querySelectorAll('.expert-picker').forEach(function (box) {
    var form = box.closest('form');
    var q = box.querySelector('#expert-q');
    var results = box.querySelector('.expert-picker-results');
    var chosen = box.querySelector('.expert-picker-chosen');
    var hidden = form.querySelector('input[name="expertId"]');
    var timer = null;
    function choose(c) {
      hidden.value = c.expertId;
      form.querySelector('input[name="name"]').value = c.name;
      var card = form.querySelector('input[name="idCard"]');
      card.value = '';
      card.placeholder = '已从专家库选择：' + c.maskedIdCard;
      var title = form.querySelector('select[name="titleLevel"]');
      if (title && c.titleLevel) { title.value = c.titleLevel; }
      chosen.textContent = '已选择：' + c.name + '（' + c.fieldName + '，' + c.employer + '）';
      results.replaceChildren();
    }
    q.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch(box.dataset.url + '?q=' + encodeURIComponent(q.value), {headers: {'Accept': 'application/json'}})
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (list) {
            results.replaceChildren();
            list.forEach(function (c) {
              var b = document.createElement('button');
              b.type = 'button';
              b.className = 'list-group-item list-group-item-action small';
              b.textContent = c.name + ' · ' + c.fieldName + ' · ' + c.title + ' · ' + c.employer;
              b.addEventListener('click', function () { choose(c); });
              results.appendChild(b);
            });
          });
      }, 250);
    });
  });
})();
