// Pages that wait for a background job (the impact preview) reload themselves every two seconds until it ends;
// a script file, not a meta refresh, so that the page can stop once the job is done.
(function () {
  setTimeout(function () { window.location.reload(); }, 2000);
})();
