### Interface messages: pair, merge, sync, retime, locales check and the HTML report's labels.
