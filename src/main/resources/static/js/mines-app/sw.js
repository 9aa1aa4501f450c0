// The commissioner app's service worker (issue 17), served at /m/sw.js so its scope is /m/.
// Network first for the shell and the work API's reads, falling back to the last good copy when offline;
// writes (PUT/POST) are never cached nor replayed here: the app's IndexedDB queue owns them.
'use strict';
var SHELL = 'mines-shell-v1';
var DATA = 'mines-data-v1';
var SHELL_URLS = ['/m/', '/css/mines-app.css', '/js/mines-app/idb.js', '/js/mines-app/sync.js', '/js/mines-app/app.js',
  '/js/app.js', '/webjars/tabler__core/dist/css/tabler.min.css', '/css/mines-app/icon-192.png'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return Promise.all(SHELL_URLS.map(function (u) {
      return fetch(u, {credentials: 'same-origin'}).then(function (r) {
        if (r.ok && !r.redirected) { return cache.put(u, r); }
      }).catch(function () { /* cached on the next visit */ });
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== SHELL && k !== DATA; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function cacheable(url, request) {
  if (url.origin !== self.location.origin) { return null; }
  if (request.mode === 'navigate' && url.pathname.indexOf('/m/') === 0) { return SHELL; }
  if (SHELL_URLS.indexOf(url.pathname) >= 0) { return SHELL; }
  if (/^\/api\/v1\/mines\/work\/(today|mines\/\d+\/checklist|checks|hazards)$/.test(url.pathname)) { return DATA; }
  return null;
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  var cacheName = cacheable(url, request);
  if (!cacheName) { return; }
  var key = request.mode === 'navigate' ? '/m/' : request;
  event.respondWith(fetch(request).then(function (response) {
    // a redirect to the login page or an error is not the page or data to keep
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(cacheName).then(function (cache) { cache.put(key, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(key).then(function (hit) {
      return hit || new Response(JSON.stringify({code: 'OFFLINE', message: '当前离线，且没有可用的缓存数据'}),
        {status: 503, headers: {'Content-Type': 'application/json;charset=UTF-8'}});
    });
  }));
});
