// The commissioner app's sync queue (issue 17). A finished check is stored in IndexedDB with its UUID, its
// Idempotency-Key and one key per photo, all made when the check is queued, never at send time. Sync: each photo not
// yet uploaded goes to PUT /api/v1/files with its own key and its id is saved at once (an interrupted sync resumes with
// the rest; a photo whose answer was lost is sent again with the same key and the server answers the file it kept),
// then PUT /checks/{uuid}. 200/201 removes the check from the queue; a refusal keeps it with the server's Chinese
// message; anything transient (no network, a timeout, 5xx, the same key still in flight) leaves it waiting and retries:
// on the online event, the app's start, the 立即同步 button and a backoff timer.
// A page closed mid-sync leaves its item marked as sending in IndexedDB: the state is only a display, every item not
// refused is sent again by the next holder of the sync lock, with the same keys.
(function () {
  'use strict';
  var db = window.MinesDb;
  var TIMEOUT_MS = 120000;   // a request that never answers (a dead connection) must not hold the queue
  var MAX_DELAY_MS = 60000;
  var running = null;
  var again = false;
  var timer = null;
  var delay = 0;

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

  function request(url, init) {
    var ctl = window.AbortController ? new AbortController() : null;
    var t = ctl ? setTimeout(function () { ctl.abort(); }, TIMEOUT_MS) : null;
    if (ctl) { init.signal = ctl.signal; }
    init.credentials = 'same-origin';
    return fetch(url, init).then(function (r) { clearTimeout(t); return r; }, function (e) {
      clearTimeout(t);
      throw {network: true, message: String(e)};
    });
  }

  // The shell may come from the cache: take a fresh token from the network copy before writing.
  function refreshToken() {
    return request('/m/', {cache: 'no-store'}).then(function (r) {
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

  // A refusal of the server as {status, code, message}; a redirect (to the login page) counts as 401.
  function refusal(response) {
    if (response.redirected) { return Promise.resolve({status: 401}); }
    return response.json().catch(function () { return {}; }).then(function (body) {
      var msg = body && (body.message || body.detail);
      if (!msg) { msg = '服务器拒绝了该记录（' + response.status + '）'; }
      return {status: response.status, code: body && body.code, message: msg};
    });
  }

  function ok(response) {
    return (response.status === 200 || response.status === 201) && !response.redirected;
  }

  // Worth another try later: the network, the server's errors, throttling, and our own key still being processed
  // (the request of a closed page the server has not finished yet).
  function transient(e) {
    return !e || e.network || !e.status || e.status >= 500 || e.status === 408 || e.status === 429 ||
      (e.status === 409 && e.code === 'REC-IDEMPOTENCY-IN-FLIGHT');
  }

  // The photos first, one by one; each id is stored before the next upload starts.
  function uploadPhotos(item) {
    var chain = Promise.resolve();
    item.photos.forEach(function (photo, index) {
      chain = chain.then(function () {
        if (photo.fileId) { return; }
        if (!photo.key) { photo.key = uuid(); } // queued by an older app version: keyed before its first send
        item.progress = '上传照片 ' + (index + 1) + '/' + item.photos.length;
        return save(item).then(function () {
          var headers = csrf();
          headers['X-File-Name'] = encodeURIComponent(photo.name);
          headers['Content-Type'] = photo.blob.type || 'image/jpeg';
          headers['Idempotency-Key'] = photo.key;
          return request('/api/v1/files', {method: 'PUT', headers: headers, body: photo.blob});
        }).then(function (r) {
          if (!ok(r)) { return refusal(r).then(function (e) { throw e; }); }
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

  // Sends one item; answers 'done', 'rejected', 'retry' (try the next item, this one later) or 'stop' (no network
  // or no session: the rest waits too).
  function send(item) {
    item.state = 'sending';
    item.error = null;
    return uploadPhotos(item).then(function () {
      item.progress = '提交检查记录';
      return save(item);
    }).then(function () {
      var headers = csrf();
      headers['Content-Type'] = 'application/json';
      headers['Idempotency-Key'] = item.idempotencyKey;
      return request('/api/v1/mines/work/checks/' + encodeURIComponent(item.checkId),
        {method: 'PUT', headers: headers, body: JSON.stringify(body(item))});
    }).then(function (r) {
      if (!ok(r)) { return refusal(r).then(function (e) { throw e; }); }
      return r.json().catch(function () { return {}; }).then(function (result) {
        return db.remove('queue', item.checkId).then(function () {
          document.dispatchEvent(new CustomEvent('mines:synced', {detail: {item: item, result: result}}));
          changed();
          return 'done';
        });
      });
    }).catch(function (e) {
      var outcome;
      item.progress = null;
      if (e && e.status === 401) {
        item.state = 'pending';
        item.error = '登录已过期，请重新登录后同步';
        outcome = 'stop';
      } else if (transient(e)) {
        item.state = 'pending';
        item.error = navigator.onLine ? '暂时无法连接服务器，稍后自动重试' : null;
        outcome = e && e.network ? 'stop' : 'retry';
      } else {
        item.state = 'rejected';
        item.error = e.message;
        outcome = 'rejected';
      }
      return save(item).then(function () { return outcome; }, function () { return outcome; });
    });
  }

  // One pass over the queue, oldest first; true when something is left to retry.
  function runOnce() {
    return refreshToken().then(function () { return db.all('queue'); }).then(function (items) {
      var left = false;
      var chain = Promise.resolve(true);
      items.filter(function (i) { return i.state !== 'rejected'; })
        .sort(function (a, b) { return a.createdAt < b.createdAt ? -1 : 1; })
        .forEach(function (item) {
          chain = chain.then(function (goOn) {
            if (!goOn) { left = true; return false; }
            return send(item).then(function (outcome) {
              if (outcome === 'retry' || outcome === 'stop') { left = true; }
              return outcome !== 'stop';
            });
          });
        });
      return chain.then(function () { return left; });
    });
  }

  function schedule(left) {
    clearTimeout(timer);
    timer = null;
    if (!left) { delay = 0; return; }
    // also while the phone says it is offline: navigator.onLine and its events are not always right
    delay = Math.min(MAX_DELAY_MS, delay ? delay * 2 : 2000);
    timer = setTimeout(run, delay);
  }

  // One sync at a time, across tabs too where the browser has Web Locks (a closed tab's lock is released with it).
  // A request while a pass runs (the online event during a drop, the button) is kept and run after it.
  function run() {
    if (running) { again = true; return running; }
    clearTimeout(timer);
    timer = null;
    var work = navigator.locks ? function () { return navigator.locks.request('anjian-mines-sync', runOnce); } : runOnce;
    running = work().catch(function () { return true; }).then(function (left) {
      running = null;
      changed();
      if (again) {
        again = false;
        return run();
      }
      schedule(left);
    });
    return running;
  }

  window.MinesSync = {
    uuid: uuid,
    /** Queues a finished check: its id and its keys are made now, never at send time. */
    enqueue: function (check, photos, mineName) {
      photos.forEach(function (p) { if (!p.key) { p.key = uuid(); } });
      var item = {checkId: check.checkId || uuid(), idempotencyKey: uuid(), mineName: mineName, body: check, photos: photos,
        state: 'pending', error: null, progress: null, createdAt: new Date().toISOString()};
      delete item.body.checkId;
      return save(item).then(function () { return item; });
    },
    items: function () { return db.all('queue'); },
    /** True while this page is sending (an item marked as sending without it was left by a closed page). */
    busy: function () { return running !== null; },
    discard: function (checkId) { return db.remove('queue', checkId).then(changed); },
    run: run
  };

  window.addEventListener('online', function () { delay = 0; run(); });
})();
