/*
 * The CLV plugin's services (servicedef/services.xml). The work is the plugin's: these only hand over to it.
 */
import org.apache.ofbiz.service.ServiceUtil
import org.clvplugin.host.ofbiz.component.ClvComponent

/** Starts a recompute now, or says which run is in progress; any failure is the service's error, with its reason. */
Map clvRecompute() {
    try {
        Map result = ServiceUtil.returnSuccess()
        result.message = ClvComponent.recompute("service clvRecompute by " + parameters.userLogin.userLoginId)
        return result
    } catch (RuntimeException e) {
        String reason = e.getMessage()
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            reason += ": " + cause.getMessage()
        }
        return ServiceUtil.returnError("the CLV recompute could not start: " + reason)
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
