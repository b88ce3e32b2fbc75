/**
 * The browser harness's stand-in for the preload: the same `window.kith` shape, speaking HTTP to
 * the loopback server instead of IPC. Served as a file (the CSP forbids inline scripts); the
 * per-run token comes from a <meta> tag the server writes into index.html.
 */
export const BRIDGE_PATH = '/__kith/bridge.js'
export const CALL_PATH = '/__kith/call'
export const EVENTS_PATH = '/__kith/events'
export const TOKEN_META = 'kith-harness-token'

export const BRIDGE_SCRIPT = `'use strict';
(function () {
  var meta = document.querySelector('meta[name="${TOKEN_META}"]');
  var token = meta ? meta.getAttribute('content') : '';
  var listeners = new Map();
  var source = null;
  function ensureSource() {
    if (source) return;
    source = new EventSource('${EVENTS_PATH}');
    source.onmessage = function (message) {
      var data;
      try { data = JSON.parse(message.data); } catch (e) { return; }
      var set = listeners.get(data.event);
      if (set) set.forEach(function (cb) { try { cb(data.payload); } catch (e) { console.error(e); } });
    };
  }
  var kith = {
    call: function (method, input) {
      return fetch('${CALL_PATH}', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kith-token': token },
        body: JSON.stringify({ method: method, input: input === undefined ? {} : input }),
        credentials: 'same-origin',
      }).then(function (response) {
        return response.json().catch(function () {
          return { ok: false, error: { code: 'INTERNAL', message: 'The harness answered ' + response.status + '.' } };
        });
      }, function () {
        return { ok: false, error: { code: 'INTERNAL', message: 'Kith is not reachable.' } };
      });
    },
    on: function (event, callback) {
      ensureSource();
      var set = listeners.get(event);
      if (!set) { set = new Set(); listeners.set(event, set); }
      set.add(callback);
      return function () { set.delete(callback); };
    },
  };
  Object.defineProperty(window, 'kith', { value: Object.freeze(kith), writable: false, configurable: false });
})();
`
