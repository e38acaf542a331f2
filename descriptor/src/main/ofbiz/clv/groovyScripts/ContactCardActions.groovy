/*
 * The card portlet's actions (widget/ClvScreens.xml, after OFBiz checked CLV_VIEW): whether the user also has
 * CLV_ADMIN, and the card token for the signed-in user. A script file rather than inline ${groovy:} expressions:
 * OFBiz trunk checks those against its denied-token list (security.deniedScriptletsTokens) and sandboxes them.
 */
import org.clvplugin.host.ofbiz.component.ClvComponent

context.clvAdmin = security.hasPermission('CLV_ADMIN', userLogin)
context.clvToken = ClvComponent.cardToken(userLogin.userLoginId, userLogin.partyId, context.clvAdmin)
