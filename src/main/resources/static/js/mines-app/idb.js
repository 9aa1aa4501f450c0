// A small promise wrapper over IndexedDB for the commissioner app (no library): the sync queue and the last data.
(function () {
  'use strict';
  var NAME = 'anjian-mines-app';
  var VERSION = 1;
  var opening = null;

  function open() {
    if (!opening) {
      opening = new Promise(function (resolve, reject) {
        var req = indexedDB.open(NAME, VERSION);
        req.onupgradeneeded = function () {
          var db = req.result;
          if (!db.objectStoreNames.contains('queue')) { db.createObjectStore('queue', {keyPath: 'checkId'}); }
          if (!db.objectStoreNames.contains('data')) { db.createObjectStore('data'); }
        };
        req.onsuccess = function () { resolve(req.result); };
        req.onerror = function () { opening = null; reject(req.error); };
      });
    }
    return opening;
  }

  function run(store, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(store, mode);
        var result;
        var req = work(tx.objectStore(store));
        if (req) { req.onsuccess = function () { result = req.result; }; }
        tx.oncomplete = function () { resolve(result); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  window.MinesDb = {
    put: function (store, value, key) {
      return run(store, 'readwrite', function (s) { return key === undefined ? s.put(value) : s.put(value, key); });
    },
    get: function (store, key) { return run(store, 'readonly', function (s) { return s.get(key); }); },
    all: function (store) { return run(store, 'readonly', function (s) { return s.getAll(); }); },
    remove: function (store, key) { return run(store, 'readwrite', function (s) { return s.delete(key); }); }
  };
})();
