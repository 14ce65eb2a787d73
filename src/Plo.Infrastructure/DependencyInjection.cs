using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Plo.Application.Common.Abstractions;
using Plo.Application.Letters;
using Plo.Application.PlainLanguage;
using Plo.Infrastructure.Auditing;
using Plo.Infrastructure.DemoData;
using Plo.Infrastructure.Idempotency;
using Plo.Infrastructure.Import;
using Plo.Infrastructure.Letters;
using Plo.Infrastructure.Persistence;
using Plo.Infrastructure.Security;

namespace Plo.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersistence(configuration);
        services.AddSingleton(_ => new LetterTemplateCatalog(
            configuration["Letters:TemplatesPath"] is { Length: > 0 } folder
                ? folder
                : Path.Combine(AppContext.BaseDirectory, "letter-templates")
        ));
        services.AddSingleton<ILetterRenderer, ScribanLetterRenderer>();
        services.AddSingleton<ILetterDocumentWriter, DocxLetterWriter>();
        services.AddSingleton<IDocumentTextReader, DocxTextReader>();
        services.AddSingleton<BufferedAccessLog>();
        services.AddSingleton<IAccessLog>(sp => sp.GetRequiredService<BufferedAccessLog>());
        services.AddHostedService(sp => sp.GetRequiredService<BufferedAccessLog>());
        services.AddHostedService<OverviewWarmUpService>();
        services.AddSingleton<IdempotencyStore>();
        services.AddScoped<StaffImporter>();
        services.AddScoped<CaseImporter>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<SyntheticSeeder>();
        services.AddSingleton<DevelopmentTokenIssuer>();
        return services;
    }
}
