// MapStudio workshop page: join a live session, add sticky notes, cast dots.
// Plain JavaScript, no build step, nothing fetched from elsewhere. Participants' text is always
// put in the page with textContent, so "<script>" stays text.
"use strict";

const WORDS = {
  en: {
    app: "MapStudio workshop", code: "Join code", name: "Your name", join: "Join",
    joining: "Joining…", add: "Add a note", save: "Save", cancel: "Cancel", edit: "Edit",
    delete: "Delete", confirmDelete: "Delete this note?", placeholder: "Your note",
    empty: "No notes yet.", dot: "+ Dot", undot: "− Dot", dotsLeft: "Dots left: {n}",
    vote: "Vote open", hidden: "(results hidden)", you: "You are {name}",
    wrong_code: "This code is not right. Check it with the facilitator.",
    too_many_attempts: "Too many wrong codes. Wait a minute, then try again.",
    removed: "The facilitator removed you from this session.",
    name_needed: "Please give your name.", lost: "Connection lost. Reconnecting…",
    ended: "The session has ended.", slow: "Slow down a little.", full: "The session is full.",
    noStages: "The map has no stages yet.",
    too_long: "This note is too long.", write_first: "Write something first.",
    too_many_notes: "You have added as many notes as a session allows.",
    cell_gone: "This stage or lane is gone.", no_vote: "No vote is open.",
    note_gone: "This note is gone.", not_in_vote: "This note is not part of the vote.",
    no_dots_left: "You have placed all your dots.", not_your_dot: "This is not your dot.",
    vote_closed: "This vote is closed.", not_yours: "You can change only your own notes.",
  },
  fr: {
    app: "Atelier MapStudio", code: "Code de l’atelier", name: "Votre nom", join: "Rejoindre",
    joining: "Connexion…", add: "Ajouter une note", save: "Enregistrer", cancel: "Annuler",
    edit: "Modifier", delete: "Supprimer", confirmDelete: "Supprimer cette note ?",
    placeholder: "Votre note", empty: "Pas encore de note.", dot: "+ Gommette",
    undot: "− Gommette", dotsLeft: "Gommettes restantes : {n}", vote: "Vote ouvert",
    hidden: "(résultats masqués)", you: "Vous êtes {name}",
    wrong_code: "Ce code n’est pas le bon. Vérifiez-le auprès de l’animateur.",
    too_many_attempts: "Trop de codes erronés. Attendez une minute avant de réessayer.",
    removed: "L’animateur vous a retiré de cet atelier.",
    name_needed: "Indiquez votre nom.", lost: "Connexion perdue. Reconnexion…",
    ended: "L’atelier est terminé.", slow: "Un peu moins vite, s’il vous plaît.",
    full: "L’atelier est complet.", noStages: "La carte n’a pas encore d’étape.",
    too_long: "Cette note est trop longue.", write_first: "Écrivez d’abord quelque chose.",
    too_many_notes: "Vous avez ajouté autant de notes qu’un atelier le permet.",
    cell_gone: "Cette étape ou ce couloir n’existe plus.", no_vote: "Aucun vote n’est ouvert.",
    note_gone: "Cette note n’existe plus.", not_in_vote: "Cette note ne fait pas partie du vote.",
    no_dots_left: "Vous avez posé toutes vos gommettes.", not_your_dot: "Ce n’est pas votre gommette.",
    vote_closed: "Ce vote est clos.", not_yours: "Vous ne pouvez modifier que vos propres notes.",
  },
};

const state = {
  lang: (localStorage.getItem("lang") || navigator.language || "en").toLowerCase().startsWith("fr") ? "fr" : "en",
  ws: null, you: null, token: sessionStorage.getItem("token"), code: "", name: "",
  objects: { stages: new Map(), lanes: new Map(), cards: new Map(), participants: new Map(), votes: new Map(), dots: new Map() },
  title: "", stage: null, editing: null, adding: null, refs: 0, retry: 0, stopped: false,
};

const $ = (id) => document.getElementById(id);
const t = (key, values) => (WORDS[state.lang][key] || key).replace(/\{(\w+)\}/g, (_, k) => String(values?.[k] ?? ""));
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  for (const child of children) node.append(child);
  return node;
}

function translatePage() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  $("lang").textContent = state.lang === "fr" ? "EN" : "FR";
  if (state.title) $("title").textContent = state.title;
  render();
}

function say(text) { $("status").textContent = text || ""; }

// --- connection ---------------------------------------------------------------------------
function connect() {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const ws = new WebSocket(`${scheme}//${location.host}/ws`);
  state.ws = ws;
  ws.onopen = () => {
    const join = { type: "join", code: state.code, name: state.name };
    if (state.token) join.token = state.token;
    ws.send(JSON.stringify(join));
  };
  ws.onmessage = (event) => {
    let message;
    try { message = JSON.parse(event.data); } catch { return; }
    receive(message);
  };
  ws.onclose = () => {
    if (state.ws !== ws) return;
    state.ws = null;
    if (state.stopped) return;
    if (!state.you) { $("join-button").disabled = false; return; }
    say(t("lost"));
    state.retry = Math.min(state.retry + 1, 6);
    setTimeout(connect, 300 * 2 ** state.retry);
  };
}

function send(message) {
  if (!state.ws || state.ws.readyState !== WebSocket.OPEN) { say(t("lost")); return; }
  message.ref = ++state.refs;
  state.ws.send(JSON.stringify(message));
}

function receive(message) {
  switch (message.type) {
    case "welcome":
      state.you = message.you; state.token = message.token; state.retry = 0;
      sessionStorage.setItem("token", message.token);
      sessionStorage.setItem("code", state.code);
      load(message.view);
      $("join").hidden = true; $("board").hidden = false;
      say("");
      break;
    case "patch":
      for (const [collection, id, view] of message.changes) {
        if (collection === "map") { state.title = view.title; $("title").textContent = view.title; continue; }
        const items = state.objects[collection];
        if (!items) continue;
        if (view === null) items.delete(id); else items.set(id, view);
      }
      render();
      break;
    case "refused":
      if (message.reason) {
        state.stopped = ["removed", "wrong_code", "too_many_attempts"].includes(message.reason);
        if (message.reason !== "removed") { state.you = null; }
        say(t(message.reason === "name" ? "name_needed" : message.reason));
        if (state.stopped && message.reason !== "removed") { state.stopped = false; state.token = null; sessionStorage.removeItem("token"); }
        $("join-button").disabled = false;
      } else {
        say(message.code && WORDS[state.lang][message.code] ? t(message.code) : message.message);
      }
      break;
    case "ack": say(""); break;
    case "slow_down": say(t("slow")); break;
  }
}

function load(view) {
  state.title = view.title;
  $("title").textContent = view.title;
  for (const [collection, items] of Object.entries(state.objects)) {
    items.clear();
    for (const item of view.objects[collection] || []) items.set(item.id, item);
  }
  const stages = ordered("stages");
  if (!state.stage || !state.objects.stages.has(state.stage)) state.stage = stages.length ? stages[0].id : null;
  render();
}

// --- the board ------------------------------------------------------------------------------
const ordered = (collection) => [...state.objects[collection].values()].sort((a, b) => a.order - b.order);

function openVote() {
  const votes = [...state.objects.votes.values()].filter((v) => !v.closed);
  return votes.length ? votes[votes.length - 1] : null;
}

function render() {
  if ($("board").hidden) return;
  const me = state.objects.participants.get(state.you);
  $("who").textContent = me ? t("you", { name: me.name }) : "";
  const stages = ordered("stages");
  if (!state.stage || !state.objects.stages.has(state.stage)) state.stage = stages.length ? stages[0].id : null;
  const nav = $("stages");
  nav.replaceChildren(...stages.map((stage) => {
    const button = el("button", { type: "button", textContent: stage.name, title: stage.name });
    button.setAttribute("aria-pressed", String(stage.id === state.stage));
    button.onclick = () => { state.stage = stage.id; state.adding = null; state.editing = null; render(); };
    return button;
  }));
  renderVote();
  const lanes = $("lanes");
  if (!state.stage) { lanes.replaceChildren(el("p", { className: "empty", textContent: t("noStages") })); return; }
  // Keep a note being typed across re-renders caused by others' notes.
  const draft = document.activeElement && document.activeElement.tagName === "TEXTAREA" ? document.activeElement.value : null;
  lanes.replaceChildren(...ordered("lanes").map(renderLane));
  if (draft !== null) {
    const area = lanes.querySelector("textarea");
    if (area) { area.value = draft; area.focus(); }
  }
}

function renderVote() {
  const vote = openVote();
  $("vote").hidden = !vote;
  if (!vote) return;
  $("vote-title").textContent = vote.title || t("vote");
  const mine = [...state.objects.dots.values()].filter((d) => d.vote === vote.id && d.participant === state.you).length;
  $("vote-left").textContent = t("dotsLeft", { n: vote.dots_each - mine }) + (vote.hidden ? " " + t("hidden") : "");
}

function renderLane(lane) {
  const section = el("section", { className: "lane" }, el("h2", { textContent: lane.title }));
  section.dataset.lane = lane.id;
  const notes = ordered("cards").filter((c) => c.stage === state.stage && c.lane === lane.id);
  if (!notes.length) section.append(el("p", { className: "empty", textContent: t("empty") }));
  for (const note of notes) section.append(renderNote(note, lane));
  const cell = `${state.stage}|${lane.id}`;
  if (state.adding === cell) {
    section.append(editor("", (text) => { send({ type: "add_note", stage: state.stage, lane: lane.id, text }); state.adding = null; render(); },
      () => { state.adding = null; render(); }));
  } else {
    const add = el("button", { type: "button", className: "small add-note", textContent: t("add") });
    add.onclick = () => { state.adding = cell; state.editing = null; render(); section.querySelector("textarea")?.focus(); };
    section.append(add);
  }
  return section;
}

function renderNote(note, lane) {
  const mine = note.author === state.you;
  const box = el("article", { className: mine ? "note mine" : "note" });
  box.dataset.card = note.id;
  if (state.editing === note.id) {
    box.append(editor(note.text, (text) => { send({ type: "edit_note", id: note.id, text }); state.editing = null; render(); },
      () => { state.editing = null; render(); }));
    return box;
  }
  box.append(el("p", { className: "text", textContent: note.text }));
  const meta = el("div", { className: "meta" });
  const author = state.objects.participants.get(note.author);
  if (author) {
    const tag = el("span", { className: "author", textContent: author.initials || author.name, title: author.name });
    tag.style.color = /^#[0-9a-fA-F]{6}$/.test(author.colour) ? author.colour : "";
    meta.append(tag);
  }
  if (mine) {
    const edit = el("button", { type: "button", className: "small", textContent: t("edit") });
    edit.onclick = () => { state.editing = note.id; state.adding = null; render(); box.querySelector("textarea")?.focus(); };
    const del = el("button", { type: "button", className: "small", textContent: t("delete") });
    del.onclick = () => { if (confirm(t("confirmDelete"))) send({ type: "delete_note", id: note.id }); };
    meta.append(edit, del);
  }
  const vote = openVote();
  if (vote && vote.lanes.includes(lane.id)) {
    const dots = [...state.objects.dots.values()].filter((d) => d.vote === vote.id && d.card === note.id);
    const myDots = dots.filter((d) => d.participant === state.you);
    const plus = el("button", { type: "button", className: "small cast-dot", textContent: t("dot") });
    plus.onclick = () => send({ type: "cast_dot", card: note.id });
    meta.append(plus);
    if (myDots.length) {
      const minus = el("button", { type: "button", className: "small", textContent: t("undot") });
      minus.onclick = () => send({ type: "remove_dot", id: myDots[myDots.length - 1].id });
      meta.append(minus);
    }
    const shown = vote.hidden ? myDots.length : dots.length;
    if (shown) meta.append(el("span", { className: "dots", textContent: "●".repeat(Math.min(shown, 12)) + (shown > 12 ? ` ${shown}` : "") }));
  }
  box.append(meta);
  return box;
}

function editor(text, done, cancel) {
  const area = el("textarea", { value: text, maxLength: 2000, placeholder: t("placeholder") });
  const save = el("button", { type: "submit", textContent: t("save") });
  const back = el("button", { type: "button", className: "small", textContent: t("cancel") });
  back.onclick = cancel;
  const form = el("form", { className: "add" }, area, el("div", {}, save, " ", back));
  form.onsubmit = (event) => { event.preventDefault(); const value = area.value.trim(); if (value) done(value); };
  area.onkeydown = (event) => { if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit(); };
  return form;
}

// --- start ------------------------------------------------------------------------------------
$("join").onsubmit = (event) => {
  event.preventDefault();
  state.code = $("code").value.trim();
  state.name = $("name").value.trim();
  if (!state.name) { say(t("name_needed")); return; }
  sessionStorage.setItem("name", state.name);
  $("join-button").disabled = true;
  say(t("joining"));
  state.stopped = false;
  connect();
};
$("lang").onclick = () => { state.lang = state.lang === "fr" ? "en" : "fr"; localStorage.setItem("lang", state.lang); translatePage(); };

const fromLink = new URLSearchParams(location.hash.slice(1)).get("code");
$("code").value = fromLink || sessionStorage.getItem("code") || "";
$("name").value = sessionStorage.getItem("name") || "";
translatePage();
