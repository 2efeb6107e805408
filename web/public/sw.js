// The app shell for offline starts and fast repeat visits. Hashed assets never change, so they are served from
// the cache first; pages are fetched fresh and fall back to the cached shell offline. The API is never cached:
// what people see of co-production must be current.
const cacheName = "interlink-shell-v1";

self.addEventListener("install", (event) => {
  event.waitUntil(
    fetch("/")
      .then((response) => (response.ok ? keepShell(response) : undefined))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== cacheName).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// A page carries the answers to its first requests for the reader who asked (their session among them): the shell
// kept for offline starts is the page without them, so nothing personal or stale is kept, and an offline start
// asks (and shows it is offline) as without a server.
function keepShell(response) {
  return response.text().then((html) => {
    const shell = html.replace(/<script type="application\/json" id="preloaded">[\s\S]*?<\/script>/, "");
    const headers = { "content-type": response.headers.get("content-type") ?? "text/html; charset=utf-8" };
    return caches.open(cacheName).then((cache) => cache.put("/", new Response(shell, { headers })));
  });
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/api/")) return;
  if (url.pathname.startsWith("/assets/")) {
    event.respondWith(
      caches.match(event.request).then(
        (cached) =>
          cached ??
          fetch(event.request).then((response) => {
            const copy = response.clone();
            if (response.ok) caches.open(cacheName).then((cache) => cache.put(event.request, copy));
            return response;
          }),
      ),
    );
    return;
  }
  if (event.request.mode === "navigate") {
    event.respondWith(
      fetch(event.request)
        .then((response) => {
          if (response.ok) keepShell(response.clone());
          return response;
        })
        .catch(() => caches.match("/")),
    );
  }
});

// A notification pushed by the platform (server/modules/push): its text is already in the person's language. The
// tag is the notification's id, so the same one delivered twice shows once.
self.addEventListener("push", (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { body: event.data ? event.data.text() : "" };
  }
  event.waitUntil(
    self.registration.showNotification(message.title || "INTERLINK", {
      body: message.body || "",
      tag: message.id,
      icon: "/icons/icon-192.png",
      data: { url: message.url || "/notifications" },
    }),
  );
});

// Opens what the notification is about: in a tab of the app already open if there is one, else in a new one.
// Only paths of this app: a message can never send the person to another site.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url || "/", self.location.origin);
  const url = target.origin === self.location.origin ? target.href : self.location.origin;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      // A tab this worker does not control cannot be steered: a new one opens instead.
      if (open)
        return open
          .focus()
          .then((client) => client.navigate(url))
          .catch(() => self.clients.openWindow(url));
      return self.clients.openWindow(url);
    }),
  );
});
