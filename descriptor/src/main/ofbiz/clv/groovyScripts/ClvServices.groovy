/*
 * The CLV plugin's services (servicedef/services.xml). The work is the plugin's: these only hand over to it.
 */
import org.apache.ofbiz.service.ServiceUtil
import org.clvplugin.host.ofbiz.component.ClvComponent

/** Starts a recompute now, or says which run is in progress. */
Map clvRecompute() {
    try {
        Map result = ServiceUtil.returnSuccess()
        result.message = ClvComponent.recompute("service clvRecompute by " + parameters.userLogin.userLoginId)
        return result
    } catch (IllegalStateException e) {
        return ServiceUtil.returnError(e.getMessage())
    }
}

/** permissionInterface: CLV_ADMIN. */
Map clvAdminPermission() {
    Map result = ServiceUtil.returnSuccess()
    result.hasPermission = dctx.getSecurity().hasPermission("CLV_ADMIN", parameters.userLogin)
    if (!result.hasPermission) {
        result.failMessage = "CLV_ADMIN is needed to start a CLV recompute"
    }
    return result
}

/** permissionInterface: CLV_VIEW, or CLV_ADMIN (OFBiz's entity permission: CLV_ADMIN includes every CLV_ action). */
Map clvViewPermission() {
    Map result = ServiceUtil.returnSuccess()
    result.hasPermission = dctx.getSecurity().hasEntityPermission("CLV", "_VIEW", parameters.userLogin)
    if (!result.hasPermission) {
        result.failMessage = "CLV_VIEW is needed to see customer values"
    }
    return result
}
