/*
 * Rapport web tracker, served at /t.js. Load it with
 *   <script async src="https://YOUR-RAPPORT/t.js" data-write-key="wk_…"></script>
 * It sends Segment-spec events to /v1/batch: a page view on load (with UTM parameters and
 * referrer), clicks on elements marked data-rapport-track, and an identify on submit of forms
 * marked data-rapport-identify. It batches, retries, and hands what is left to sendBeacon when
 * the page goes away. It sends nothing under Do-Not-Track or Global Privacy Control, nor while
 * consent is off (data-require-consent waits for rapport.consent(true)).
 */
(function () {
  'use strict';
  var w = window;
  var d = document;
  var script =
    d.currentScript ||
    (function () {
      var s = d.querySelectorAll('script[data-write-key]');
      return s[s.length - 1];
    })();
  if (!script || w.__rapportLoaded) return;
  w.__rapportLoaded = true;

  var writeKey = script.getAttribute('data-write-key');
  var endpoint = new URL(script.src, location.href).origin + '/v1/batch';
  var prefix = 'rapport_';
  var maxQueue = 200;
  var store = {
    get: function (k) {
      try {
        return JSON.parse(localStorage.getItem(prefix + k));
      } catch {
        return null;
      }
    },
    set: function (k, v) {
      try {
        if (v === null) localStorage.removeItem(prefix + k);
        else localStorage.setItem(prefix + k, JSON.stringify(v));
      } catch {
        /* storage full or blocked: the queue lives in memory only */
      }
    },
  };

  function uuid() {
    if (w.crypto && crypto.randomUUID) return crypto.randomUUID();
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = (Math.random() * 16) | 0;
      return (c === 'x' ? r : (r & 3) | 8).toString(16);
    });
  }

  function cookie(name, value) {
    if (value === undefined) {
      var m = d.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
      return m ? decodeURIComponent(m[1]) : null;
    }
    var secure = location.protocol === 'https:' ? '; Secure' : '';
    d.cookie = name + '=' + encodeURIComponent(value) + '; Max-Age=31536000; Path=/; SameSite=Lax' + secure;
  }

  // The anonymous id is first-party: a cookie on this site, mirrored in localStorage.
  function anonymousId() {
    var id = cookie('rapport_aid') || store.get('aid');
    if (!id) id = uuid();
    cookie('rapport_aid', id);
    store.set('aid', id);
    return id;
  }

  var privacy = navigator.doNotTrack === '1' || w.doNotTrack === '1' || navigator.globalPrivacyControl === true;
  var consent = store.get('consent');
  if (consent === null) consent = script.hasAttribute('data-require-consent') ? false : true;
  function allowed() {
    return !privacy && consent === true && Boolean(writeKey);
  }

  var queue = store.get('queue') || [];
  var timer = null;
  var backoff = 1000;
  var sending = false;

  function save() {
    store.set('queue', queue.slice(-maxQueue));
  }

  function campaign() {
    var q = new URLSearchParams(location.search);
    var c = {};
    var keys = { utm_source: 'source', utm_medium: 'medium', utm_campaign: 'name', utm_term: 'term', utm_content: 'content' };
    for (var k in keys) if (q.get(k)) c[keys[k]] = q.get(k);
    return Object.keys(c).length ? c : null;
  }
  var firstCampaign = campaign();

  function context() {
    var ctx = {
      library: { name: 'rapport.js', version: '1.0.0' },
      page: { path: location.pathname, referrer: d.referrer, search: location.search, title: d.title, url: location.href },
      userAgent: navigator.userAgent,
      locale: navigator.language,
    };
    try {
      ctx.timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      /* old browsers */
    }
    if (firstCampaign) ctx.campaign = firstCampaign;
    return ctx;
  }

  function enqueue(msg) {
    if (!allowed()) return;
    msg.messageId = uuid();
    msg.anonymousId = anonymousId();
    var userId = store.get('uid');
    if (userId && !msg.userId) msg.userId = userId;
    msg.timestamp = new Date().toISOString();
    msg.context = context();
    queue.push(msg);
    if (queue.length > maxQueue) queue.shift();
    save();
    schedule(queue.length >= 20 ? 0 : 1000);
  }

  function schedule(ms) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, ms);
  }

  function body(batch) {
    return JSON.stringify({ batch: batch, writeKey: writeKey, sentAt: new Date().toISOString() });
  }

  // text/plain keeps the request "simple": no CORS preflight before each batch.
  function flush() {
    timer = null;
    if (sending || !queue.length || !allowed()) return;
    var batch = queue.slice(0, 50);
    sending = true;
    fetch(endpoint, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: body(batch), keepalive: true, credentials: 'omit' })
      .then(function (res) {
        // A 400 means the batch itself is bad, so sending it again cannot help.
        if (res.ok || res.status === 400 || res.status === 413) return true;
        throw new Error(String(res.status));
      })
      .then(function () {
        queue = queue.slice(batch.length);
        save();
        backoff = 1000;
        sending = false;
        if (queue.length) schedule(0);
      })
      .catch(function () {
        sending = false;
        backoff = Math.min(backoff * 2, 60000);
        schedule(backoff);
      });
  }

  // When the page goes away, what is left goes by sendBeacon, which outlives the page. The queue
  // stays saved too: the server drops what it already has by messageId, so nothing is doubled.
  function leave() {
    if (!queue.length || !allowed() || !navigator.sendBeacon) return;
    navigator.sendBeacon(endpoint, new Blob([body(queue.slice(0, 50))], { type: 'text/plain' }));
  }
  w.addEventListener('pagehide', leave);
  d.addEventListener('visibilitychange', function () {
    if (d.visibilityState === 'hidden') leave();
  });

  var api = {
    track: function (event, properties) {
      enqueue({ type: 'track', event: String(event), properties: properties || {} });
    },
    page: function (name, properties) {
      var p = properties || {};
      p.url = p.url || location.href;
      p.path = p.path || location.pathname;
      p.title = p.title || d.title;
      p.referrer = p.referrer || d.referrer;
      p.search = p.search || location.search;
      enqueue({ type: 'page', name: name || undefined, properties: p });
    },
    identify: function (userId, traits) {
      if (typeof userId === 'object' && userId !== null) {
        traits = userId;
        userId = null;
      }
      if (userId) store.set('uid', String(userId));
      enqueue({ type: 'identify', userId: userId ? String(userId) : undefined, traits: traits || {} });
    },
    /** Turns tracking on or off for this browser (a cookie banner calls this). */
    consent: function (granted) {
      consent = granted === true;
      store.set('consent', consent);
      if (!consent) {
        queue = [];
        save();
      } else schedule(0);
    },
    /** Forgets the user and starts a new anonymous id (on sign-out). */
    reset: function () {
      store.set('uid', null);
      store.set('aid', null);
      cookie('rapport_aid', uuid());
    },
    flush: flush,
  };

  // Calls made before the script loaded (window.rapport = [] as a queue) run now, in order.
  var early = Array.isArray(w.rapport) ? w.rapport : [];
  w.rapport = api;
  for (var i = 0; i < early.length; i++) {
    var call = early[i];
    if (call && api[call[0]]) api[call[0]].apply(null, call.slice(1));
  }

  d.addEventListener(
    'click',
    function (e) {
      var el = e.target && e.target.closest ? e.target.closest('[data-rapport-track]') : null;
      if (!el) return;
      var props = {};
      for (var j = 0; j < el.attributes.length; j++) {
        var a = el.attributes[j];
        if (a.name.indexOf('data-rapport-prop-') === 0) props[a.name.slice(18).replace(/-/g, '_')] = a.value;
      }
      if (el.href) props.href = el.href;
      props.text = (el.innerText || '').trim().slice(0, 100);
      api.track(el.getAttribute('data-rapport-track') || 'Element Clicked', props);
    },
    true,
  );

  // Only fields named like contact traits are read; never passwords or anything else on the form.
  var traitFields = ['email', 'phone', 'name', 'first_name', 'firstName', 'last_name', 'lastName', 'company', 'title', 'birthday', 'gender'];
  d.addEventListener(
    'submit',
    function (e) {
      var form = e.target;
      if (!form || !form.hasAttribute || !form.hasAttribute('data-rapport-identify')) return;
      var traits = {};
      for (var k = 0; k < traitFields.length; k++) {
        var field = form.elements[traitFields[k]];
        if (field && field.type !== 'password' && field.value) traits[traitFields[k]] = field.value.trim();
      }
      var userId = form.getAttribute('data-rapport-identify') || null;
      if (Object.keys(traits).length) api.identify(userId, traits);
      flush();
    },
    true,
  );

  api.page();
})();
