<#--
  The CLV card of the party shown on the profile page. The component comes from the plugin's webapp (/clv/ui/) and
  reads the plugin's API (/clv/api/v1/) with the card token the screen minted for the signed-in user; users with
  CLV_ADMIN also get a link to the plugin's admin console. OFBiz's
  screen renderer HTML-encodes the context's strings in templates, so neither value can break out of its attribute.
-->
<script type="module" src="/clv/ui/clv-contact-card.js"></script>
<clv-contact-card party-id="${partyId!}" token="${clvToken!}" lang="${locale.getLanguage()}"></clv-contact-card>
<#if clvAdmin!false>
<#-- The token goes in the fragment: the console reads it in the browser and takes it out of the address. -->
<p><a href="/clv/ui/console.html#token=${clvToken!}">${uiLabelMap.ClvOpenConsole}</a></p>
</#if>
