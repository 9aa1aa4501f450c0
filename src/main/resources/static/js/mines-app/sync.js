// The commissioner app's sync queue (issue 17). A finished check is stored in IndexedDB with its UUID and its
// Idempotency-Key, both made when the check is created. Sync: each photo not yet uploaded goes to PUT /api/v1/files
// and its id is saved at once (an interrupted sync resumes with the rest), then PUT /checks/{uuid}. 200/201 removes
// the check from the queue; a 4xx keeps it with the server's Chinese message; a network error waits for the next
// chance (the online event, the app's start, the 立即同步 button).
(function () {
  'use strict';
  var db = window.MinesDb;
  var running = null;

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).substring(1); }).join('');
    return h.substring(0, 8) + '-' + h.substring(8, 12) + '-' + h.substring(12, 16) + '-' + h.substring(16, 20) + '-' + h.substring(20);
  }

  function csrf() {
    var t = document.querySelector('meta[name="_csrf"]');
    var h = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (t && h) { headers[h.content] = t.content; }
    return headers;
  }

  // The shell may come from the cache: take a fresh token from the network copy before writing.
  function refreshToken() {
    return fetch('/m/', {credentials: 'same-origin', cache: 'no-store'}).then(function (r) {
      if (!r.ok || r.redirected) { return; }
      return r.text().then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        ['_csrf', '_csrf_header'].forEach(function (name) {
          var fresh = doc.querySelector('meta[name="' + name + '"]');
          var mine = document.querySelector('meta[name="' + name + '"]');
          if (fresh && mine) { mine.setAttribute('content', fresh.getAttribute('content')); }
        });
      });
    }).catch(function () { /* offline: keep the token we have */ });
  }

  function changed() {
    document.dispatchEvent(new CustomEvent('mines:queue'));
  }

  function save(item) {
    return db.put('queue', item).then(changed);
  }

  function problem(response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      var msg = body && (body.message || body.detail);
      if (!msg) { msg = '服务器拒绝了该记录（' + response.status + '）'; }
      return msg;
    });
  }

  // The photos first, one by one; each id is stored before the next upload starts.
  function uploadPhotos(item) {
    var chain = Promise.resolve();
    item.photos.forEach(function (photo, index) {
      chain = chain.then(function () {
        if (photo.fileId) { return; }
        item.state = 'uploading';
        item.progress = '上传照片 ' + (index + 1) + '/' + item.photos.length;
        changed();
        var headers = csrf();
        headers['X-File-Name'] = encodeURIComponent(photo.name);
        headers['Content-Type'] = photo.blob.type || 'image/jpeg';
        return fetch('/api/v1/files', {method: 'PUT', credentials: 'same-origin', headers: headers, body: photo.blob})
          .then(function (r) {
            if (!r.ok) { return problem(r).then(function (m) { throw {status: r.status, message: m}; }); }
            return r.json();
          }).then(function (json) {
            photo.fileId = json.id;
            return db.put('queue', item);
          });
      });
    });
    return chain;
  }

  function body(item) {
    var b = JSON.parse(JSON.stringify(item.body));
    b.items.forEach(function (it) {
      it.photoFileIds = item.photos.filter(function (p) { return p.itemId === it.itemId; })
        .map(function (p) { return p.fileId; });
    });
    return b;
  }

  function send(item) {
    return uploadPhotos(item).then(function () {
      item.progress = '提交检查记录';
      changed();
      var headers = csrf();
      headers['Content-Type'] = 'application/json';
      headers['Idempotency-Key'] = item.idempotencyKey;
      return fetch('/api/v1/mines/work/checks/' + encodeURIComponent(item.checkId),
        {method: 'PUT', credentials: 'same-origin', headers: headers, body: JSON.stringify(body(item))});
    }).then(function (r) {
      if (r.status === 200 || r.status === 201) {
        return r.json().catch(function () { return {}; }).then(function (result) {
          return db.remove('queue', item.checkId).then(function () {
            document.dispatchEvent(new CustomEvent('mines:synced', {detail: {item: item, result: result}}));
            changed();
          });
        });
      }
      return problem(r).then(function (m) { throw {status: r.status, message: m}; });
    }).catch(function (e) {
      if (e && e.status === 401) {
        item.state = 'pending';
        item.error = '登录已过期，请重新登录后同步';
      } else if (e && e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429) {
        item.state = 'rejected';
        item.error = e.message;
      } else {
        item.state = 'pending';
        item.error = navigator.onLine ? '暂时无法连接服务器，稍后自动重试' : null;
      }
      item.progress = null;
      return save(item);
    });
  }

  function runOnce() {
    return refreshToken().then(function () { return db.all('queue'); }).then(function (items) {
      var chain = Promise.resolve();
      items.filter(function (i) { return i.state !== 'rejected'; })
        .sort(function (a, b) { return a.createdAt < b.createdAt ? -1 : 1; })
        .forEach(function (item) { chain = chain.then(function () { return send(item); }); });
      return chain;
    });
  }

  // One sync at a time, across tabs too where the browser has Web Locks.
  function run() {
    if (running) { return running; }
    var work = navigator.locks ? function () { return navigator.locks.request('anjian-mines-sync', runOnce); } : runOnce;
    running = work().catch(function () { /* states are saved per item */ }).then(function () { running = null; changed(); });
    return running;
  }

  window.MinesSync = {
    uuid: uuid,
    /** Queues a finished check: its id and key are made now, never at send time. */
    enqueue: function (check, photos, mineName) {
      var item = {checkId: check.checkId || uuid(), idempotencyKey: uuid(), mineName: mineName, body: check, photos: photos,
        state: 'pending', error: null, progress: null, createdAt: new Date().toISOString()};
      delete item.body.checkId;
      return save(item).then(function () { return item; });
    },
    items: function () { return db.all('queue'); },
    discard: function (checkId) { return db.remove('queue', checkId).then(changed); },
    run: run
  };

  window.addEventListener('online', run);
})();
