// Syntax highlighting with line numbers, so that "file:line" problems can be found at once; YAML for catalogues
// and parameters, Java-like for DRL and DSL. CodeMirror writes the text back into the textarea on submit.
(function () {
  var area = document.getElementById('noi-dung');
  if (!area || !window.CodeMirror) { return; }
  var yaml = /\.ya?ml$/.test(area.getAttribute('data-file'));
  CodeMirror.fromTextArea(area, { mode: yaml ? 'yaml' : 'text/x-java', lineNumbers: true, indentUnit: 4 });
})();
