// Upload progress: htmx reports the bytes sent; the <progress> next to the form shows them.
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = event.target.querySelector('progress');
  if (bar && event.detail.lengthComputable) {
    bar.hidden = false;
    bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
  }
});
