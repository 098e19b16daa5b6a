// Shows the chosen file's name beside the file picker (layout :: filePick); without script the form still works.
document.querySelectorAll('.file-pick').forEach(function (pick) {
  var input = pick.querySelector('input[type=file]');
  var name = pick.querySelector('.file-name');
  var none = name.textContent;
  input.addEventListener('change', function () {
    name.textContent = input.files.length ? input.files[0].name : none;
  });
});
