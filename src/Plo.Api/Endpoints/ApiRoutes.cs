using Plo.Api.Infrastructure;
using Plo.Application.Common.Security;

namespace Plo.Api.Endpoints;

internal static class ApiRoutes
{
    /// <summary>
    /// Every /api route needs a signed-in user holding at least one Plo role (401 without a token, 403 with no role).
    /// Which role may do what, on which case, is decided per message by the access behaviour.
    /// </summary>
    public static WebApplication MapPloApi(this WebApplication app)
    {
        var api = app.MapGroup("/api")
            .RequireAuthorization(p => p.RequireRole(Roles.All))
            .RequireRateLimiting(RateLimits.Api)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithETags();
        api.MapCaseEndpoints();
        api.MapGatewayEndpoints();
        api.MapJourneyEndpoints();
        api.MapOversightEndpoints();
        api.MapCorrectionEndpoints();
        api.MapPlainLanguageEndpoints();
        api.MapLetterEndpoints();
        api.MapOverviewEndpoints();
        api.MapAuditEndpoints();
        api.MapStaffEndpoints();
        return app;
    }
}
