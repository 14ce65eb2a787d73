namespace Plo.Api.Endpoints;

internal static class ApiRoutes
{
    /// <summary>Every /api route needs a signed-in user; role rules live on the messages themselves.</summary>
    public static WebApplication MapPloApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapCaseEndpoints();
        api.MapGatewayEndpoints();
        api.MapJourneyEndpoints();
        api.MapPlainLanguageEndpoints();
        api.MapLetterEndpoints();
        api.MapOverviewEndpoints();
        return app;
    }
}
