// The commissioner's phone app (issue 17): today's mines, starting a check (GPS or remote means), the checklist item
// by item with photos, the sync queue banner, my records and hazards. Data from /api/v1/mines/work; the last good
// answers are kept in IndexedDB so the app works without a signal.
(function () {
  'use strict';
  var API = '/api/v1/mines/work';
  var db = window.MinesDb;
  var sync = window.MinesSync;
  var $ = function (id) { return document.getElementById(id); };
  var today = null;
  var current = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  // An ISO date-time with the phone's offset (+08:00 in Shanxi), as the API expects.
  function isoLocal(d) {
    var off = -d.getTimezoneOffset();
    var sign = off >= 0 ? '+' : '-';
    off = Math.abs(off);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' +
      pad(d.getMinutes()) + ':' + pad(d.getSeconds()) + sign + pad(Math.floor(off / 60)) + ':' + pad(off % 60);
  }

  function isoWeek(d) {
    var t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
    var day = t.getUTCDay() || 7;
    t.setUTCDate(t.getUTCDate() + 4 - day);
    var start = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
    return t.getUTCFullYear() + '-W' + pad(Math.ceil(((t - start) / 86400000 + 1) / 7));
  }

  function distance(lat1, lon1, lat2, lon2) {
    var r = 6371000, rad = Math.PI / 180;
    var a = Math.sin((lat2 - lat1) * rad / 2) * Math.sin((lat2 - lat1) * rad / 2) +
      Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin((lon2 - lon1) * rad / 2) * Math.sin((lon2 - lon1) * rad / 2);
    return Math.round(2 * r * Math.asin(Math.sqrt(a)));
  }

  // A read of the work API; offline (or on a server error) the last good copy from IndexedDB.
  function read(path) {
    return fetch(API + path, {credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(function (r) {
      if (r.status === 404) { throw {status: 404}; }
      if (!r.ok || r.redirected) { throw {status: r.status}; }
      return r.json().then(function (json) { return db.put('data', json, path).then(function () { return json; }); });
    }).catch(function (e) {
      if (e && e.status === 404) { throw e; }
      return db.get('data', path).then(function (hit) {
        if (hit === undefined) { throw {status: 0}; }
        return hit;
      });
    });
  }

  function show(view) {
    ['view-today', 'view-start', 'view-check', 'view-records'].forEach(function (id) { $(id).hidden = id !== view; });
    window.scrollTo(0, 0);
  }

  // ---- 今日矿山
  function loadToday() {
    return read('/today').then(function (data) {
      today = data;
      $('today-period').textContent = data.isoWeek ? '（' + data.isoWeek.replace('-W', ' 年第 ') + ' 周）' : '';
      var list = $('today-list');
      list.textContent = '';
      if (!data.mines || data.mines.length === 0) { list.appendChild(el('p', 'text-secondary', '暂无派驻矿山')); }
      (data.mines || []).forEach(function (m) { list.appendChild(mineCard(m)); });
    }).catch(function () {
      $('today-list').textContent = '';
      $('today-list').appendChild(el('p', 'text-secondary', '暂时无法获取今日矿山，请联网后重试'));
    });
  }

  function need(label, c) {
    var ok = c && c.done >= c.required;
    return el('span', 'badge me-1 ' + (ok ? 'bg-green-lt' : 'bg-red-lt'), label + ' ' + (c ? c.done + '/' + c.required : '—'));
  }

  function mineCard(m) {
    var card = el('div', 'card mb-2 mapp-mine');
    var body = el('div', 'card-body p-2');
    var head = el('div', 'd-flex justify-content-between');
    head.appendChild(el('strong', 'mapp-mine-name', m.name));
    head.appendChild(el('span', 'text-secondary small', m.groupPatrol ? m.kindLabel + ' · 组内巡查' : m.kindLabel));
    body.appendChild(head);
    var needs = el('div', 'mt-1');
    needs.appendChild(need('本周现场', m.onsiteWeek));
    needs.appendChild(need('本周远程', m.remoteWeek));
    body.appendChild(needs);
    if (m.uncoveredThisMonth && m.uncoveredThisMonth.length) {
      body.appendChild(el('div', 'small text-danger mt-1', '本月未覆盖：' + m.uncoveredThisMonth.join('、')));
    }
    var go = el('a', 'btn btn-primary w-100 mt-2 mapp-thumb', '开始检查');
    go.href = '#start/' + m.mineId;
    body.appendChild(go);
    card.appendChild(body);
    return card;
  }

  function mineOf(id) {
    return today && (today.mines || []).filter(function (m) { return String(m.mineId) === String(id); })[0];
  }

  // ---- 开始检查
  function startView(mineId) {
    var m = mineOf(mineId);
    if (!m) { location.hash = '#today'; return; }
    current = {mine: m, position: null, recordedOffline: false, startedAt: new Date()};
    $('start-mine').textContent = m.name;
    $('position-text').textContent = '尚未定位';
    $('position-error').hidden = true;
    $('start-error').hidden = true;
    $('start-form').reset();
    modeChanged();
    show('view-start');
  }

  function mode() {
    var checked = document.querySelector('input[name="mode"]:checked');
    return checked ? checked.value : 'ONSITE';
  }

  function modeChanged() {
    var remote = mode() === 'REMOTE';
    $('remote-means-field').hidden = !remote;
    $('position-field').hidden = remote;
  }

  function takePosition() {
    var err = $('position-error');
    err.hidden = true;
    if (!navigator.geolocation) { err.textContent = '本机不支持定位，无法现场签到'; err.hidden = false; return; }
    $('position-text').textContent = '正在定位…';
    navigator.geolocation.getCurrentPosition(function (p) {
      current.position = {latitude: p.coords.latitude, longitude: p.coords.longitude,
        accuracyMeters: Math.round(p.coords.accuracy), capturedAt: isoLocal(new Date(p.timestamp || Date.now()))};
      current.recordedOffline = !navigator.onLine;
      var m = current.mine;
      var d = distance(m.latitude, m.longitude, p.coords.latitude, p.coords.longitude);
      var text = '已定位：精度 ' + Math.round(p.coords.accuracy) + ' 米，距矿山约 ' + d + ' 米';
      $('position-text').textContent = text;
      if (m.geofenceMeters && d > m.geofenceMeters) {
        err.textContent = '当前位置距矿山约 ' + d + ' 米，超出 ' + m.geofenceMeters + ' 米签到范围' +
          (navigator.onLine ? '，提交时将被拒绝' : '，将标记为待核查');
        err.hidden = false;
      }
    }, function (e) {
      $('position-text').textContent = '定位失败';
      err.textContent = e.code === 1 ? '未允许定位，请在浏览器设置中允许本应用使用位置信息' : '暂时无法定位，请到开阔处重试';
      err.hidden = false;
    }, {enableHighAccuracy: true, timeout: 20000, maximumAge: 0});
  }

  function startCheck(evt) {
    evt.preventDefault();
    var err = $('start-error');
    err.hidden = true;
    if (mode() === 'ONSITE' && !current.position) {
      err.textContent = '现场检查须先获取定位签到';
      err.hidden = false;
      return;
    }
    current.mode = mode();
    current.remoteMeans = current.mode === 'REMOTE' ? $('remote-means').value : null;
    current.unannounced = $('unannounced').checked;
    current.night = $('night').checked;
    if (current.mode === 'REMOTE') { current.position = null; current.recordedOffline = !navigator.onLine; }
    read('/mines/' + current.mine.mineId + '/checklist').then(function (list) {
      current.checklist = list;
      current.answers = {};
      renderChecklist(list);
      show('view-check');
      // the address follows the view, so opening "start" for a mine again (a link, the back button) re-routes
      if (location.hash !== '#check') { location.hash = '#check'; }
    }).catch(function () {
      err.textContent = '没有可用的检查表：请联网后打开一次该矿山的检查表';
      err.hidden = false;
    });
  }

  // ---- 逐项检查
  function renderChecklist(list) {
    $('check-mine').textContent = current.mine.name;
    $('check-version').textContent = list.versionLabel || '';
    $('check-note').value = '';
    $('finish-error').hidden = true;
    var box = $('check-items');
    box.textContent = '';
    (list.sections || []).forEach(function (s) {
      box.appendChild(el('h3', 'mapp-section', s.title));
      (s.items || []).forEach(function (item) { box.appendChild(itemCard(item)); });
    });
  }

  function itemCard(item) {
    var node = document.importNode($('tpl-item').content, true).firstElementChild;
    var answer = {outcome: null, note: '', major: false, photos: []};
    current.answers[item.itemId] = answer;
    var kind = node.querySelector('.mapp-kind');
    kind.textContent = item.mandatory ? '必查' : '抽查';
    kind.classList.add(item.mandatory ? 'bg-red-lt' : 'bg-blue-lt');
    node.querySelector('.mapp-item-text').textContent = item.text;
    node.querySelector('.mapp-item-site').textContent = item.siteOrSystem || '';
    node.setAttribute('data-item', item.itemId);
    var major = node.querySelector('.mapp-major');
    node.querySelectorAll('[data-outcome]').forEach(function (b) {
      b.addEventListener('click', function () {
        answer.outcome = b.getAttribute('data-outcome');
        node.querySelectorAll('[data-outcome]').forEach(function (x) {
          x.classList.toggle('active', x === b);
          x.setAttribute('aria-pressed', String(x === b));
        });
        major.hidden = answer.outcome !== 'HAZARD';
      });
    });
    major.querySelector('input').addEventListener('change', function (e) { answer.major = e.target.checked; });
    node.querySelector('.mapp-note').addEventListener('input', function (e) { answer.note = e.target.value; });
    node.querySelector('.mapp-photo').addEventListener('change', function (e) {
      var file = e.target.files && e.target.files[0];
      e.target.value = '';
      if (!file) { return; }
      downscale(file).then(function (shot) {
        shot.itemId = item.itemId;
        answer.photos.push(shot);
        var img = el('img', 'mapp-thumb-img');
        img.src = shot.thumb;
        img.alt = '照片 ' + answer.photos.length;
        node.querySelector('.mapp-thumbs').appendChild(img);
      }).catch(function () { window.alert('无法读取这张照片，请重拍'); });
    });
    return node;
  }

  // A photo downscaled to at most 1600 px (JPEG) before it is stored; a small data: URL for the preview (CSP: img data:).
  function downscale(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onerror = reject;
      reader.onload = function () {
        var img = new Image();
        img.onerror = reject;
        img.onload = function () {
          var scale = Math.min(1, 1600 / Math.max(img.width, img.height));
          var canvas = document.createElement('canvas');
          canvas.width = Math.max(1, Math.round(img.width * scale));
          canvas.height = Math.max(1, Math.round(img.height * scale));
          canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
          var t = document.createElement('canvas');
          var ts = Math.min(1, 160 / Math.max(img.width, img.height));
          t.width = Math.max(1, Math.round(img.width * ts));
          t.height = Math.max(1, Math.round(img.height * ts));
          t.getContext('2d').drawImage(img, 0, 0, t.width, t.height);
          canvas.toBlob(function (blob) {
            if (!blob) { reject(new Error('encode')); return; }
            resolve({key: sync.uuid(), name: 'photo-' + Date.now() + '.jpg', blob: blob, fileId: null,
              thumb: t.toDataURL('image/jpeg', 0.7)});
          }, 'image/jpeg', 0.8);
        };
        img.src = reader.result;
      };
      reader.readAsDataURL(file);
    });
  }

  function finishCheck() {
    var err = $('finish-error');
    err.hidden = true;
    var items = [], photos = [];
    Object.keys(current.answers).forEach(function (id) {
      var a = current.answers[id];
      if (!a.outcome) { return; }
      items.push({itemId: Number(id), outcome: a.outcome, note: a.note, photoFileIds: [], majorHazard: a.outcome === 'HAZARD' && a.major});
      a.photos.forEach(function (p) { photos.push({key: p.key, itemId: Number(id), name: p.name, blob: p.blob, fileId: null}); });
    });
    if (items.length === 0) {
      err.textContent = '请至少填写一个检查项的结果';
      err.hidden = false;
      return;
    }
    var check = {checkId: sync.uuid(), mineId: current.mine.mineId, mode: current.mode, remoteMeans: current.remoteMeans,
      unannounced: current.unannounced, night: current.night, startedAt: isoLocal(current.startedAt),
      finishedAt: isoLocal(new Date()), position: current.position, recordedOffline: current.recordedOffline,
      checklistVersionId: current.checklist.versionId, note: $('check-note').value, items: items};
    $('finish-check').disabled = true;
    sync.enqueue(check, photos, current.mine.name).then(function () {
      current = null;
      location.hash = '#today';
      if (navigator.onLine) { sync.run(); }
    }).catch(function () {
      err.textContent = '保存到手机失败，请检查浏览器存储空间';
      err.hidden = false;
    }).then(function () { $('finish-check').disabled = false; });
  }

  // ---- 待同步
  var STATES = {pending: '等待同步', sending: '正在同步', uploading: '正在同步', rejected: '未被受理'};

  // An item marked as sending while this page sends nothing was left by a closed page: it is sent again.
  function stateText(i) {
    if ((i.state === 'sending' || i.state === 'uploading') && !sync.busy()) { return '同步中断，等待重新发送'; }
    return i.progress || STATES[i.state] || '等待同步';
  }

  function photoText(i) {
    var n = (i.photos || []).length;
    if (!n) { return ''; }
    var sent = i.photos.filter(function (p) { return p.fileId; }).length;
    return ' · 照片 ' + sent + '/' + n + ' 已上传';
  }

  function renderQueue() {
    return sync.items().then(function (items) {
      var banner = $('sync-banner');
      banner.hidden = items.length === 0;
      $('sync-count').textContent = '待同步 ' + items.length + ' 项';
      var list = $('sync-list');
      list.textContent = '';
      items.sort(function (a, b) { return a.createdAt < b.createdAt ? -1 : 1; }).forEach(function (i) {
        var li = el('li', 'mapp-queue-item mapp-' + i.state);
        li.setAttribute('data-check', i.checkId);
        li.appendChild(el('span', 'mapp-queue-mine', i.mineName + ' · ' + (i.body.mode === 'REMOTE' ? '远程监管' : '现场检查')));
        li.appendChild(el('span', 'mapp-queue-state', stateText(i)));
        li.appendChild(el('div', 'mapp-queue-photos small text-secondary', '完成于 ' +
          (i.body.finishedAt || i.createdAt || '').replace('T', ' ').substring(0, 16) + photoText(i)));
        if (i.error) { li.appendChild(el('div', 'mapp-queue-error', i.error)); }
        if (i.state === 'rejected') {
          var drop = el('button', 'btn btn-sm btn-outline-danger mt-1', '删除该记录');
          drop.type = 'button';
          drop.addEventListener('click', function () {
            if (window.confirm('删除后该检查记录不再同步，确认删除？')) { sync.discard(i.checkId); }
          });
          li.appendChild(drop);
        }
        list.appendChild(li);
      });
    });
  }

  function synced(evt) {
    var done = $('sync-done');
    var r = evt.detail.result || {};
    done.textContent = evt.detail.item.mineName + '：' + (r.statusLabel || '已同步');
    done.hidden = false;
    loadToday();
  }

  // navigator.onLine only knows the phone has a network, not that the server answers: probe a small uncached resource
  // (the worker does not intercept it) when the phone says it is online.
  function online() {
    if (!navigator.onLine) {
      $('offline-note').hidden = false;
      return;
    }
    fetch('/m/sw.js', {method: 'HEAD', cache: 'no-store', credentials: 'same-origin'})
      .then(function () { $('offline-note').hidden = true; }, function () { $('offline-note').hidden = false; });
  }

  // ---- 我的记录
  function loadRecords() {
    var week = today && today.isoWeek ? today.isoWeek : isoWeek(new Date());
    $('records-week').textContent = week.replace('-W', ' 年第 ') + ' 周';
    read('/checks?week=' + encodeURIComponent(week)).then(function (data) {
      var list = $('records-list');
      list.textContent = '';
      var rows = Array.isArray(data) ? data : (data.checks || data.items || []);
      if (rows.length === 0) { list.appendChild(el('p', 'text-secondary', '本周暂无已同步的检查记录')); }
      rows.forEach(function (c) {
        var li = el('div', 'card mb-2 p-2');
        li.appendChild(el('strong', null, (c.mineName || c.name || '') + ' · ' + (c.modeLabel || (c.mode === 'REMOTE' ? '远程监管' : '现场检查'))));
        li.appendChild(el('div', 'small text-secondary', (c.statusLabel || '') + ' ' + (c.finishedAt || '').replace('T', ' ').substring(0, 16)));
        list.appendChild(li);
      });
    }).catch(function () {
      $('records-list').textContent = '';
      $('records-list').appendChild(el('p', 'text-secondary', '暂时无法获取检查记录'));
    });
    read('/hazards').then(function (data) {
      var list = $('hazards-list');
      list.textContent = '';
      var rows = Array.isArray(data) ? data : (data.hazards || data.items || []);
      if (rows.length === 0) { list.appendChild(el('p', 'text-secondary', '暂无隐患')); }
      rows.forEach(function (h) {
        var li = el('div', 'card mb-2 p-2');
        li.appendChild(el('strong', null, h.description || h.text || h.title || '隐患'));
        li.appendChild(el('div', 'small text-secondary', [h.mineName, h.statusLabel, h.dueDate ? '整改期限 ' + h.dueDate : '']
          .filter(Boolean).join(' · ')));
        list.appendChild(li);
      });
    }).catch(function () {
      $('hazards-list').textContent = '';
      $('hazards-list').appendChild(el('p', 'text-secondary', '暂无隐患'));
    });
  }

  function route() {
    var h = location.hash || '#today';
    if (h.indexOf('#start/') === 0) {
      var id = h.substring(7);
      (today ? Promise.resolve() : loadToday()).then(function () { startView(id); });
    } else if (h === '#check' && current && current.checklist) {
      show('view-check');
    } else if (h === '#records') {
      show('view-records');
      loadRecords();
    } else {
      show('view-today');
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[name="mode"]').forEach(function (r) { r.addEventListener('change', modeChanged); });
    $('take-position').addEventListener('click', takePosition);
    $('start-form').addEventListener('submit', startCheck);
    $('finish-check').addEventListener('click', finishCheck);
    $('sync-now').addEventListener('click', function () { sync.run(); });
    document.querySelectorAll('[data-go]').forEach(function (b) {
      b.addEventListener('click', function () { location.hash = b.getAttribute('data-go'); });
    });
    document.addEventListener('mines:queue', renderQueue);
    document.addEventListener('mines:synced', synced);
    window.addEventListener('hashchange', route);
    window.addEventListener('online', online);
    window.addEventListener('offline', online);
    online();
    renderQueue();
    loadToday().then(route);
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/m/sw.js', {scope: '/m/'}).catch(function () { /* the app works without it */ });
    }
    if (navigator.onLine) { sync.run(); }
  });
})();
