// Syntax highlighting with line numbers, so that "file:line" problems can be found at once; YAML for catalogues
// and parameters, Java-like for DRL and DSL. CodeMirror writes the text back into the textarea on submit.
// The problems of the last check that lie in this file are marked in the gutter at their lines (hover for the
// message); opening a problem's link goes to its line. Leaving a file whose text was changed keeps the change as a
// draft (checked, previewed and saved together with the other drafts) instead of losing it.
(function () {
  var area = document.getElementById('noi-dung');
  if (!area || !window.CodeMirror) { return; }
  var yaml = /\.ya?ml$/.test(area.getAttribute('data-file'));
  var editor = CodeMirror.fromTextArea(area, {
    mode: yaml ? 'yaml' : 'text/x-java', lineNumbers: true, indentUnit: yaml ? 2 : 4, lineWrapping: true,
    gutters: ['CodeMirror-linenumbers', 'wb-markers']
  });
  var markers = [];
  try { markers = JSON.parse(area.getAttribute('data-markers') || '[]'); } catch (e) { markers = []; }
  markers.forEach(function (m) {
    var line = m.line - 1;
    if (line < 0 || line >= editor.lineCount()) { return; }
    var mark = document.createElement('span');
    mark.className = 'wb-marker ' + m.kind;
    mark.textContent = m.kind === 'warning' ? '▲' : '●';
    var previous = editor.lineInfo(line).gutterMarkers;
    var title = previous && previous['wb-markers'] ? previous['wb-markers'].title + '\n' : '';
    mark.title = title + (area.getAttribute('data-line-word') || '') + ' ' + m.line + ': ' + m.message;
    editor.setGutterMarker(line, 'wb-markers', mark);
    editor.addLineClass(line, 'background', m.kind === 'warning' ? 'warning-line' : 'problem-line');
  });
  var line = parseInt(area.getAttribute('data-line'), 10);
  var first = markers.length > 0 ? markers[0].line : 0;
  var target = line > 0 ? line : first;
  if (line > 0) {
    editor.addLineClass(line - 1, 'background', 'problem-line');
  }
  if (target > 0) {
    editor.setCursor(target - 1, 0);
    editor.scrollIntoView({ line: target - 1, ch: 0 }, 200);
  }
  var changed = false;
  editor.on('change', function () { changed = true; });
  var form = document.getElementById('editor');
  document.querySelectorAll('a.file-link').forEach(function (link) {
    link.addEventListener('click', function (event) {
      if (!changed || !form) { return; }
      event.preventDefault();
      editor.save();
      form.querySelector('input[name=mo]').value = link.getAttribute('data-file');
      form.setAttribute('action', '/bo-quy-tac/soan-thao/nhap');
      form.submit();
    });
  });
})();
