// Renders the questions from the embedded data. Every text is set as text (textContent, never
// innerHTML), so nothing from a file or a model can become markup or script.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var configElement = document.getElementById("review-config");
  var review = configElement ? JSON.parse(configElement.textContent) : null;
  var criteria = (data.rubric && data.rubric.criteria) || [];
  var questions = data.questions || [];
  var PAGE = 100;
  var FOLD_CHARS = 700;
  var shown = 0;
  var matching = [];
  var grades = new Map();
  var current = null;
  var currentCriterion = 0;

  if (review) {
    (review.grades || []).forEach(function (g) { grades.set(keyOf(g), g); });
  }

  function keyOf(r) {
    return JSON.stringify([r.id, r.model, r.variant || "", r.sample || 1]);
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  // Markdown wraps lines by hand: a line break followed by more of the same paragraph reads as a
  // space. Breaks before lists, tables, indented lines and blank lines, and inside code fences,
  // stay.
  function softWrap(text) {
    var lines = String(text).split("\n");
    var out = lines[0];
    var fenced = /^\s*```/.test(lines[0]);
    for (var i = 1; i < lines.length; i++) {
      var line = lines[i];
      var fence = /^\s*```/.test(line);
      var joins = !fenced && !fence && lines[i - 1].trim() !== "" && /^[A-Za-z`("']/.test(line)
          && !/^\s*```/.test(lines[i - 1]);
      out += (joins ? " " : "\n") + line;
      if (fence) { fenced = !fenced; }
    }
    return out;
  }

  function same(a, b) {
    return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
  }

  function personLabels(q, r) {
    var g = review ? grades.get(keyOf({id: q.id, model: r.model, variant: r.variant, sample: r.sample})) : null;
    return g ? g.labels : (r.personLabels || {});
  }

  function disagrees(q, r) {
    var person = personLabels(q, r);
    var judge = r.judgeLabels || {};
    return Object.keys(person).some(function (c) {
      return person[c] && judge[c] && !same(person[c], judge[c]);
    });
  }

  var haystacks = new Array(questions.length);
  function haystack(i) {
    if (haystacks[i] === undefined) {
      var q = questions[i];
      var parts = [q.id, q.category, q.text, q.gold].concat(q.paraphrases || []);
      (q.responses || []).forEach(function (r) {
        parts.push(r.model, r.response || "", r.error || "", r.judgeReason || "");
      });
      haystacks[i] = parts.join("\n").toLowerCase();
    }
    return haystacks[i];
  }

  var failedBox = document.getElementById("f-failed");
  var disagreeBox = document.getElementById("f-disagree");
  var regressBox = document.getElementById("f-regress");
  var categorySelect = document.getElementById("f-category");
  var searchBox = document.getElementById("f-search");
  var list = document.getElementById("questions");
  var count = document.getElementById("count");
  var more = document.getElementById("more");

  function matches(i) {
    var q = questions[i];
    var rs = q.responses || [];
    if (failedBox.checked && !rs.some(function (r) { return !r.passed; })) { return false; }
    if (disagreeBox.checked && !rs.some(function (r) { return disagrees(q, r); })) { return false; }
    if (regressBox.checked && !rs.some(function (r) { return r.regressed; })) { return false; }
    if (categorySelect.value && q.category !== categorySelect.value) { return false; }
    var words = searchBox.value.trim().toLowerCase();
    if (words && haystack(i).indexOf(words) < 0) { return false; }
    return true;
  }

  function apply() {
    matching = [];
    for (var i = 0; i < questions.length; i++) {
      if (matches(i)) { matching.push(i); }
    }
    list.textContent = "";
    shown = 0;
    current = null;
    showMore();
  }

  function showMore() {
    var end = Math.min(matching.length, shown + PAGE);
    var fragment = document.createDocumentFragment();
    for (; shown < end; shown++) {
      fragment.appendChild(renderQuestion(questions[matching[shown]]));
    }
    list.appendChild(fragment);
    count.textContent = "Showing " + shown.toLocaleString("en") + " of "
        + matching.length.toLocaleString("en") + " matching questions ("
        + questions.length.toLocaleString("en") + " in all)";
    more.hidden = shown >= matching.length;
  }

  function safeHref(source, line) {
    // A relative path only: a scheme (javascript:, data:, http:) or a protocol-relative path is
    // not linked.
    if (!source || /^[a-z][a-z0-9+.-]*:/i.test(source) || source.indexOf("//") === 0) {
      return null;
    }
    return source + (line > 0 ? "#L" + line : "");
  }

  function renderQuestion(q) {
    var article = el("article", "q");
    article.id = "q-" + q.id;
    article.dataset.id = q.id;
    var head = el("div", "qhead");
    var href = safeHref(q.source, q.line);
    var id = el(href ? "a" : "span", "qid", q.id + (q.line > 0 ? "  ·  line " + q.line : ""));
    if (href) { id.setAttribute("href", href); id.title = q.source; }
    head.appendChild(id);
    head.appendChild(el("span", "cat", q.category));
    head.appendChild(el("p", "qtext", q.text));
    if (q.paraphrases && q.paraphrases.length) {
      var para = el("ul", "para");
      q.paraphrases.forEach(function (p) { para.appendChild(el("li", null, p)); });
      head.appendChild(para);
    }
    if (q.gold) { head.appendChild(el("div", "gold", softWrap(q.gold))); }
    article.appendChild(head);
    var grid = el("div", "responses");
    (q.responses || []).forEach(function (r) { grid.appendChild(renderResponse(q, r)); });
    article.appendChild(grid);
    return article;
  }

  function outcomeClass(r) {
    if (r.passed) { return "pass"; }
    return /^(FAIL|FAILED)$/i.test(r.outcome) ? "fail" : (r.outcome ? "other" : "fail");
  }

  function renderResponse(q, r) {
    var card = el("div", "resp");
    card.dataset.model = r.model;
    card.dataset.key = keyOf({id: q.id, model: r.model, variant: r.variant, sample: r.sample});
    var head = el("div", "rhead");
    head.appendChild(el("span", "model", r.model));
    if (r.variant) { head.appendChild(el("span", "variant", r.variant)); }
    if (r.sample > 1) { head.appendChild(el("span", "variant", "sample " + r.sample)); }
    head.appendChild(el("span", "outcome " + outcomeClass(r), r.outcome || (r.passed ? "PASS" : "FAIL")));
    if (r.regressed) {
      head.appendChild(el("span", "flag", "regression (baseline: " + (r.baselineOutcome || "pass") + ")"));
    }
    card.appendChild(head);
    if (r.asked && r.asked !== q.text) { card.appendChild(el("div", "reason", "Asked: " + r.asked)); }
    if (r.response !== null && r.response !== undefined) {
      var text = el("div", "text", softWrap(r.response));
      card.appendChild(text);
      if (r.response.length > FOLD_CHARS || r.response.split("\n").length > 8) {
        text.classList.add("folded");
        var fold = el("button", "fold", "Show all");
        fold.type = "button";
        fold.addEventListener("click", function () {
          var folded = text.classList.toggle("folded");
          fold.textContent = folded ? "Show all" : "Show less";
        });
        card.appendChild(fold);
      }
    }
    if (r.error) { card.appendChild(el("div", "text error", r.error)); }
    var scoreNames = Object.keys(r.scores || {});
    if (scoreNames.length) {
      var scores = el("div", "scores");
      scoreNames.forEach(function (s) {
        scores.appendChild(el("span", "chip", s + " " + Number(r.scores[s]).toFixed(2)));
      });
      card.appendChild(scores);
    }
    var judge = r.judgeLabels || {};
    var person = personLabels(q, r);
    if (Object.keys(judge).length) { card.appendChild(labelLine("Judge", judge, person)); }
    if (r.judgeReason) { card.appendChild(el("div", "reason", r.judgeReason)); }
    if (!review && Object.keys(person).length) { card.appendChild(labelLine("Person", person, judge)); }
    if (review) { card.appendChild(gradeControls(q, r, card)); }
    return card;
  }

  function labelLine(who, labels, other) {
    var line = el("div", "labels");
    line.appendChild(el("b", null, who));
    Object.keys(labels).forEach(function (c) {
      var differs = other[c] && !same(other[c], labels[c]);
      line.appendChild(el("span", "lab" + (differs ? " diff" : ""), c + ": " + labels[c]));
    });
    return line;
  }

  // The review page: a control per criterion, with the rubric's own labels, and a note.
  function gradeControls(q, r, card) {
    var key = card.dataset.key;
    var box = el("div", "grade");
    var saved = grades.get(key);
    var state = {labels: Object.assign({}, saved ? saved.labels : {}), note: saved ? saved.note || "" : ""};
    card.gradeState = state;
    card.gradeTarget = {q: q, r: r};
    criteria.forEach(function (c, ci) {
      var row = el("div", "crit");
      row.dataset.criterion = c.name;
      var name = el("span", "cname", c.name);
      if (c.description) { name.title = c.description; }
      row.appendChild(name);
      c.labels.forEach(function (label, li) {
        var b = el("button", null, label);
        b.type = "button";
        b.dataset.label = label;
        b.title = "key " + (li + 1);
        b.setAttribute("aria-pressed", state.labels[c.name] && same(state.labels[c.name], label) ? "true" : "false");
        b.addEventListener("click", function () {
          focusCard(card, ci);
          setLabel(card, c.name, label);
        });
        row.appendChild(b);
      });
      box.appendChild(row);
    });
    var note = el("input", "gnote");
    note.type = "text";
    note.placeholder = "Note (Enter saves)";
    note.value = state.note;
    note.addEventListener("change", function () { state.note = note.value; save(card); });
    note.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { e.preventDefault(); note.blur(); }
      if (e.key === "Escape") { note.blur(); }
    });
    box.appendChild(note);
    var status = el("div", "saved", saved ? "saved " + saved.gradedAt : "");
    box.appendChild(status);
    card.gradeStatus = status;
    card.addEventListener("click", function (e) {
      if (e.target.tagName !== "BUTTON" && e.target.tagName !== "INPUT") { focusCard(card, currentCriterion); }
    });
    return box;
  }

  function setLabel(card, criterion, label) {
    card.gradeState.labels[criterion] = label;
    card.querySelectorAll('.crit').forEach(function (row) {
      if (row.dataset.criterion !== criterion) { return; }
      row.querySelectorAll("button").forEach(function (b) {
        b.setAttribute("aria-pressed", b.dataset.label === label ? "true" : "false");
      });
    });
    save(card);
  }

  function save(card) {
    var t = card.gradeTarget;
    var body = {id: t.q.id, model: t.r.model, variant: t.r.variant || "", sample: t.r.sample || 1,
      question: t.r.asked || t.q.text, labels: card.gradeState.labels, note: card.gradeState.note};
    card.gradeStatus.className = "saved";
    card.gradeStatus.textContent = "saving…";
    fetch("grade?token=" + encodeURIComponent(review.token), {
      method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok) { throw new Error(answer.error || ("HTTP " + response.status)); }
        return answer;
      });
    }).then(function (answer) {
      grades.set(card.dataset.key, {id: body.id, model: body.model, variant: body.variant,
        sample: body.sample, labels: Object.assign({}, body.labels), note: body.note, gradedAt: answer.gradedAt});
      card.gradeStatus.textContent = "saved " + answer.gradedAt;
      card.dataset.saved = String((Number(card.dataset.saved) || 0) + 1);
    }).catch(function (error) {
      card.gradeStatus.className = "saved err";
      card.gradeStatus.textContent = "not saved: " + error.message;
      var banner = document.getElementById("banner");
      banner.textContent = "A grade was not saved: " + error.message;
      banner.style.display = "block";
    });
  }

  function cards() { return Array.prototype.slice.call(list.querySelectorAll(".resp")); }

  function focusCard(card, criterion) {
    if (current) {
      current.classList.remove("current");
      current.querySelectorAll(".crit").forEach(function (row) { row.classList.remove("focus"); });
    }
    current = card;
    currentCriterion = Math.max(0, Math.min(criterion, criteria.length - 1));
    card.classList.add("current");
    var rows = card.querySelectorAll(".crit");
    if (rows[currentCriterion]) { rows[currentCriterion].classList.add("focus"); }
  }

  function move(step) {
    var all = cards();
    if (!all.length) { return; }
    var at = current ? all.indexOf(current) : -1;
    var next = all[Math.max(0, Math.min(all.length - 1, at + step))];
    if (at + step >= all.length && shown < matching.length) { showMore(); all = cards(); next = all[at + step]; }
    focusCard(next, 0);
    next.scrollIntoView({block: "nearest"});
  }

  function onKey(e) {
    var tag = document.activeElement && document.activeElement.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (e.key === "j") { move(1); e.preventDefault(); return; }
    if (e.key === "k") { move(-1); e.preventDefault(); return; }
    if (!current) { return; }
    var c = criteria[currentCriterion];
    if (/^[1-9]$/.test(e.key) && c && Number(e.key) <= c.labels.length) {
      setLabel(current, c.name, c.labels[Number(e.key) - 1]);
      if (currentCriterion < criteria.length - 1) { focusCard(current, currentCriterion + 1); } else { move(1); }
      e.preventDefault();
    } else if (e.key === "a") {
      // The common grade: the best label on every criterion, then on to the next response.
      criteria.forEach(function (cr) { current.gradeState.labels[cr.name] = cr.labels[0]; });
      var card = current;
      criteria.forEach(function (cr) {
        card.querySelectorAll('.crit').forEach(function (row) {
          if (row.dataset.criterion !== cr.name) { return; }
          row.querySelectorAll("button").forEach(function (b) {
            b.setAttribute("aria-pressed", b.dataset.label === cr.labels[0] ? "true" : "false");
          });
        });
      });
      save(card);
      move(1);
      e.preventDefault();
    } else if (e.key === "h" || e.key === "ArrowLeft") {
      focusCard(current, currentCriterion - 1); e.preventDefault();
    } else if (e.key === "l" || e.key === "ArrowRight") {
      focusCard(current, currentCriterion + 1); e.preventDefault();
    } else if (e.key === "n") {
      current.querySelector(".gnote").focus(); e.preventDefault();
    }
  }

  function showHash() {
    var hash = decodeURIComponent(location.hash.slice(1));
    if (hash.indexOf("q-") !== 0) { return; }
    var id = hash.slice(2);
    var index = -1;
    for (var i = 0; i < questions.length; i++) { if (questions[i].id === id) { index = i; break; } }
    if (index < 0) { return; }
    var at = matching.indexOf(index);
    if (at < 0) {
      failedBox.checked = disagreeBox.checked = regressBox.checked = false;
      categorySelect.value = ""; searchBox.value = "";
      apply();
      at = matching.indexOf(index);
    }
    while (shown <= at) { showMore(); }
    var target = document.getElementById("q-" + id);
    if (target) { target.scrollIntoView(); }
  }

  [failedBox, disagreeBox, regressBox, categorySelect].forEach(function (c) {
    c.addEventListener("change", apply);
  });
  var searchTimer = null;
  searchBox.addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(apply, questions.length > 2000 ? 200 : 60);
  });
  more.addEventListener("click", showMore);
  document.querySelectorAll("[data-filter=regressions]").forEach(function (b) {
    b.addEventListener("click", function () { regressBox.checked = true; apply(); regressBox.scrollIntoView(); });
  });
  if ("IntersectionObserver" in window) {
    new IntersectionObserver(function (entries) {
      if (entries[0].isIntersecting && shown < matching.length) { showMore(); }
    }, {rootMargin: "600px"}).observe(more);
  }
  if (review) { document.addEventListener("keydown", onKey); }
  window.addEventListener("hashchange", showHash);
  // For tests and the benchmark: apply the filters now and return the number of matches.
  window.qacatalogReport = {apply: function () { apply(); return matching.length; }};
  apply();
  showHash();
  window.qacatalogReport.readyAt = performance.now();
  document.body.dataset.ready = "1";
})();
