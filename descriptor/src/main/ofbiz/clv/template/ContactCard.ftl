<#--
  The CLV card of the party shown on the profile page. The component comes from the plugin's webapp (/clv/ui/) and
  reads the plugin's API (/clv/api/v1/) with the user's OFBiz session. OFBiz's screen renderer HTML-encodes the
  context's strings in templates, so the party id cannot break out of the attribute.
-->
<script type="module" src="/clv/ui/clv-contact-card.js"></script>
<clv-contact-card party-id="${partyId!}" lang="${locale.getLanguage()}"></clv-contact-card>
