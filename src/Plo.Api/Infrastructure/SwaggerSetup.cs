using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Plo.Api.Infrastructure;

internal static class SwaggerSetup
{
    public const string SchemeName = "Bearer";

    public static IServiceCollection AddPloSwagger(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(
                "v1",
                new OpenApiInfo
                {
                    Title = "Plo API",
                    Version = "v1",
                    Description = environment.IsDevelopment()
                        ? "Pre-proceedings (Public Law Outline) case tracker. Get a Development token with "
                            + "`dotnet run --project src/Plo.Cli -- token --role SocialWorker --user alice` and paste "
                            + "it into Authorize."
                        : "Pre-proceedings (Public Law Outline) case tracker. Authorize with a bearer token from the "
                            + "council's identity provider.",
                }
            );
            options.AddSecurityDefinition(
                SchemeName,
                new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A bearer token from the council's identity provider.",
                }
            );
            options.OperationFilter<BearerOnAuthorizedEndpoints>();
            OpenApiConventions.Apply(options);
        });
        return services;
    }

    /// <summary>Marks only the endpoints that need a token, so the public health routes show no padlock.</summary>
    private sealed class BearerOnAuthorizedEndpoints : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }

            operation.Security ??= [];
            operation.Security.Add(
                new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [],
                }
            );
        }
    }
}
