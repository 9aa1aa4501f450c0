// Recording panel (REC-01/05): upload with a progress bar. Two steps, so large video never goes through
// multipart buffering: 1) PUT the raw file to the file store (/api/v1/files) with XHR upload progress,
// 2) post the metadata with the returned fileId; the server answers with the refreshed panel.
// Loaded by the panel fragment, possibly many times (htmx swaps): bind once, by delegation.
(function () {
  if (window.__recordingPanel) { return; }
  window.__recordingPanel = true;

  function csrf(xhr) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { xhr.setRequestHeader(header.content, token.content); }
  }

  function swapPanel(html) {
    var panel = document.getElementById('rec-panel');
    if (!panel) { return; }
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var fresh = holder.querySelector('#rec-panel');
    if (!fresh) { return; }
    panel.replaceWith(fresh);
    if (window.htmx) { window.htmx.process(fresh); }
  }

  function problemText(xhr) {
    try { var p = JSON.parse(xhr.responseText); return p.detail || ('上传失败（' + xhr.status + '）'); }
    catch (e) { return '上传失败（' + xhr.status + '）'; }
  }

  function toggleAv(form) {
    var kind = form.querySelector('[name="kind"]');
    var av = form.querySelector('.rec-av-fields');
    if (kind && av) { av.hidden = kind.value.indexOf('AV:') !== 0; }
  }

  document.addEventListener('change', function (evt) {
    var form = evt.target.closest && evt.target.closest('#upload-form');
    if (form && evt.target.name === 'kind') { toggleAv(form); }
  });
  document.addEventListener('htmx:afterSettle', function () {
    var form = document.getElementById('upload-form');
    if (form) { toggleAv(form); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('upload-form');
    if (form) { toggleAv(form); }
  });
  var initial = document.getElementById('upload-form');
  if (initial) { toggleAv(initial); }

  document.addEventListener('submit', function (evt) {
    var form = evt.target;
    if (form.id !== 'upload-form') { return; }
    var input = form.querySelector('input[type="file"]');
    if (!input || !input.files || input.files.length === 0 || !window.XMLHttpRequest) { return; }
    evt.preventDefault();
    var file = input.files[0];
    var bar = document.getElementById('upload-bar');
    var box = document.getElementById('upload-progress');
    var status = document.getElementById('upload-status');
    var button = document.getElementById('upload-submit');
    box.classList.remove('d-none');
    button.disabled = true;
    status.textContent = '正在上传 ' + file.name + '…';

    var put = new XMLHttpRequest();
    put.open('PUT', form.getAttribute('data-files-url') || '/api/v1/files');
    csrf(put);
    put.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    put.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    put.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        var pct = Math.round(e.loaded * 100 / e.total);
        bar.style.width = pct + '%';
        bar.textContent = pct + '%';
        box.setAttribute('aria-valuenow', String(pct));
      }
    };
    put.onerror = function () { status.textContent = '网络中断，上传失败，请重试'; button.disabled = false; };
    put.onload = function () {
      if (put.status !== 201) { status.textContent = problemText(put); button.disabled = false; return; }
      var stored = JSON.parse(put.responseText);
      status.textContent = '文件已入库（SHA-256 ' + stored.sha256.substring(0, 12) + '…），正在登记…';
      var data = new FormData(form);
      data.delete('file');
      data.append('fileId', String(stored.id));
      var post = new XMLHttpRequest();
      post.open('POST', form.action);
      csrf(post);
      post.setRequestHeader('HX-Request', 'true');
      post.onerror = function () { status.textContent = '网络中断，登记失败，请重试'; button.disabled = false; };
      post.onload = function () {
        if (post.status >= 200 && post.status < 300) { swapPanel(post.responseText); }
        else { status.textContent = '登记失败（' + post.status + '）'; button.disabled = false; }
      };
      post.send(data);
    };
    put.send(file);
  });
})();
