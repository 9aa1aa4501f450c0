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

  // Issue 12 defect 5: the metadata, the file's name and size are checked first (here, then by the server's
  // pre-check); only then is the file sent. A refusal shows next to its field and the chosen file stays chosen.
  function clearErrors(form) {
    form.querySelectorAll('.rec-precheck-error').forEach(function (e) { e.remove(); });
    form.querySelectorAll('.is-invalid').forEach(function (e) { e.classList.remove('is-invalid'); });
  }

  function fieldError(form, name, message) {
    var input = form.querySelector('[name="' + name + '"]');
    var box = document.createElement('div');
    box.className = 'invalid-feedback d-block rec-precheck-error';
    box.textContent = message;
    if (input) {
      input.classList.add('is-invalid');
      (input.closest('.form-check') || input).insertAdjacentElement('afterend', box);
    } else {
      document.getElementById('upload-status').appendChild(box);
    }
  }

  function localCheck(form, file) {
    var ok = true;
    var title = form.querySelector('[name="title"]');
    if (title && !title.value.trim()) { fieldError(form, 'title', '请填写名称'); ok = false; }
    var kind = form.querySelector('[name="kind"]');
    if (kind && !kind.value) { fieldError(form, 'kind', '请选择种类'); ok = false; }
    var max = Number(form.getAttribute('data-max-size') || '0');
    if (file && max > 0 && file.size > max) {
      fieldError(form, 'file', '文件超过允许的大小（' + Math.floor(max / 1048576) + ' MB），请压缩或分段后再上传'); ok = false;
    }
    if (file && file.size === 0) { fieldError(form, 'file', '所选文件是空文件，请重新选择'); ok = false; }
    return ok;
  }

  function metadata(form) {
    var data = new FormData(form);
    data.delete('file');
    return data;
  }

  function register(form, fileId, status, button) {
    var data = metadata(form);
    data.set('fileId', String(fileId));
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
  }

  function send(form, file, status, button) {
    var bar = document.getElementById('upload-bar');
    var box = document.getElementById('upload-progress');
    box.classList.remove('d-none');
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
      var kept = document.getElementById('up-file-id');
      if (kept) { kept.value = String(stored.id); }
      register(form, stored.id, status, button);
    };
    put.send(file);
  }

  document.addEventListener('submit', function (evt) {
    var form = evt.target;
    if (form.id !== 'upload-form' || !window.XMLHttpRequest) { return; }
    evt.preventDefault();
    var input = form.querySelector('input[type="file"]');
    var file = input && input.files && input.files.length > 0 ? input.files[0] : null;
    var kept = document.getElementById('up-file-id');
    var keptId = kept && kept.value ? kept.value : null;
    var status = document.getElementById('upload-status');
    var button = document.getElementById('upload-submit');
    clearErrors(form);
    status.textContent = '';
    if (!file && !keptId) { fieldError(form, 'file', '请选择要上传的文件'); return; }
    if (!localCheck(form, file)) { status.textContent = '请先改正标出的内容（文件尚未发送）'; return; }
    button.disabled = true;
    status.textContent = '正在检查记录信息…';
    var data = metadata(form);
    if (file) {
      data.append('fileName', file.name);
      data.append('fileSize', String(file.size));
    }
    var check = new XMLHttpRequest();
    check.open('POST', form.getAttribute('data-precheck-url'));
    csrf(check);
    check.setRequestHeader('Accept', 'application/json');
    check.onerror = function () { status.textContent = '网络中断，请重试'; button.disabled = false; };
    check.onload = function () {
      if (check.status !== 200) {
        button.disabled = false;
        var problem = null;
        try { problem = JSON.parse(check.responseText); } catch (e) { problem = null; }
        if (problem && problem.errors && problem.errors.length) {
          problem.errors.forEach(function (e) { fieldError(form, e.field, e.message); });
          status.textContent = '请先改正标出的内容（文件尚未发送）';
        } else {
          status.textContent = (problemText(check)) + '（文件尚未发送）';
        }
        return;
      }
      if (file) { send(form, file, status, button); }
      else { register(form, keptId, status, button); }
    };
    check.send(data);
  });
})();
