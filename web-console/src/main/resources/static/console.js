// Upload progress: htmx reports the bytes sent; the <progress> next to the form shows them.
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = event.target.querySelector('progress');
  if (bar && event.detail.lengthComputable) {
    bar.hidden = false;
    bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
  }
});

// following: a copy button copies the text of the field it names (a feed URL, a webhook secret).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (button && navigator.clipboard) {
    navigator.clipboard.writeText(document.getElementById(button.dataset.copy).value);
  }
});
