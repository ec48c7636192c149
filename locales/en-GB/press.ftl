### British English (UK, Australia, New Zealand): only what differs from en-US lives here;
### every other message comes from ../en-US through the bundle's fallback chain. Dates follow
### the locale without a message here ("11 March 2022").

details-color = Colour
color-color = Colour
