// Syntax highlighting with line numbers, so that "file:line" problems can be found at once; YAML for catalogues
// and parameters, Java-like for DRL and DSL. CodeMirror writes the text back into the textarea on submit.
// Opening a problem's link goes to its line. Leaving a file whose text was changed keeps the change as a draft
// (checked, previewed and saved together with the other drafts) instead of losing it.
(function () {
  var area = document.getElementById('noi-dung');
  if (!area || !window.CodeMirror) { return; }
  var yaml = /\.ya?ml$/.test(area.getAttribute('data-file'));
  var editor = CodeMirror.fromTextArea(area, { mode: yaml ? 'yaml' : 'text/x-java', lineNumbers: true, indentUnit: 4 });
  var line = parseInt(area.getAttribute('data-line'), 10);
  if (line > 0) {
    editor.addLineClass(line - 1, 'background', 'problem-line');
    editor.setCursor(line - 1, 0);
    editor.scrollIntoView({ line: line - 1, ch: 0 }, 200);
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
