/**
 * The browser harness's stand-in for the preload: the same `window.kith` shape, speaking HTTP to
 * the loopback server instead of IPC. Served as a file (the CSP forbids inline scripts) that holds
 * no secret; the per-run token comes from a <meta> tag the server writes into the page only when
 * the page was asked for with the token in its URL.
 */
export const BRIDGE_PATH = '/__kith/bridge.js'
export const RESUME_PATH = '/__kith/resume.js'
export const CALL_PATH = '/__kith/call'
export const EVENTS_PATH = '/__kith/events'
export const TOKEN_META = 'kith-harness-token'
/** sessionStorage is per origin (port included) and per tab: a reload of this tab may resume. */
export const TOKEN_STORAGE_KEY = 'kith-harness-token'

export const BRIDGE_SCRIPT = `'use strict';
(function () {
  var meta = document.querySelector('meta[name="${TOKEN_META}"]');
  var token = meta ? meta.getAttribute('content') || '' : '';
  if (meta) meta.remove();
  try { if (token) sessionStorage.setItem('${TOKEN_STORAGE_KEY}', token); } catch (e) {}
  // The token was only needed to load this page: out of the address bar, history and sessions.
  try {
    var url = new URL(location.href);
    if (url.searchParams.has('token')) {
      url.searchParams.delete('token');
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    }
  } catch (e) {}
  var listeners = new Map();
  var streaming = false;
  function dispatchFrame(frame) {
    var data = '';
    frame.split('\\n').forEach(function (line) {
      if (line.indexOf('data: ') === 0) data += line.slice(6);
    });
    if (!data) return;
    var parsed;
    try { parsed = JSON.parse(data); } catch (e) { return; }
    var set = listeners.get(parsed.event);
    if (set) set.forEach(function (cb) { try { cb(parsed.payload); } catch (e) { console.error(e); } });
  }
  // EventSource cannot send headers: a streamed fetch carries the token like every API call.
  function ensureStream() {
    if (streaming) return;
    streaming = true;
    fetch('${EVENTS_PATH}', { headers: { 'x-kith-token': token }, credentials: 'omit', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok || !response.body) throw new Error('events refused');
        var reader = response.body.getReader();
        var decoder = new TextDecoder();
        var buffer = '';
        function pump() {
          return reader.read().then(function (chunk) {
            if (chunk.done) throw new Error('events ended');
            buffer += decoder.decode(chunk.value, { stream: true });
            var end;
            while ((end = buffer.indexOf('\\n\\n')) >= 0) {
              dispatchFrame(buffer.slice(0, end));
              buffer = buffer.slice(end + 2);
            }
            return pump();
          });
        }
        return pump();
      })
      .catch(function () {
        streaming = false;
        setTimeout(ensureStream, 1000);
      });
  }
  var kith = {
    call: function (method, input) {
      return fetch('${CALL_PATH}', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kith-token': token },
        body: JSON.stringify({ method: method, input: input === undefined ? {} : input }),
        credentials: 'omit',
      }).then(function (response) {
        return response.json().catch(function () {
          return { ok: false, error: { code: 'INTERNAL', message: 'The harness answered ' + response.status + '.' } };
        });
      }, function () {
        return { ok: false, error: { code: 'INTERNAL', message: 'Kith is not reachable.' } };
      });
    },
    on: function (event, callback) {
      ensureStream();
      var set = listeners.get(event);
      if (!set) { set = new Set(); listeners.set(event, set); }
      set.add(callback);
      return function () { set.delete(callback); };
    },
  };
  Object.defineProperty(window, 'kith', { value: Object.freeze(kith), writable: false, configurable: false });
})();
`

/**
 * What a page request without the token gets: no app and no secret, only a script that reloads
 * this tab with the token it kept in sessionStorage (a reload after the token left the URL).
 */
export const RESUME_SCRIPT = `'use strict';
(function () {
  var token = null;
  try { token = sessionStorage.getItem('${TOKEN_STORAGE_KEY}'); } catch (e) {}
  if (token) location.replace('/?token=' + encodeURIComponent(token) + location.hash);
})();
`

export const RESUME_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kith</title>
<script src="${RESUME_PATH}"></script></head>
<body><p>Open the URL with its token, as printed by <code>npm run serve</code>.</p></body></html>
`
