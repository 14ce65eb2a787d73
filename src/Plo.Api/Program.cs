using Plo.Api.Endpoints;
using Plo.Api.Infrastructure;
using Plo.Application;
using Plo.Infrastructure;
using Plo.Infrastructure.Letters;
using Plo.Infrastructure.Persistence;
using Plo.Infrastructure.Security;

var builder = WebApplication.CreateBuilder(args);
DevelopmentSigningKey.EnsureConfigured(builder.Configuration, builder.Environment);
builder.AddPloObservability();
builder
    .Services.AddApplication(builder.Configuration)
    .AddInfrastructure(builder.Configuration)
    .AddPloMediator()
    .AddPloApi(builder.Configuration, builder.Environment);

var app = builder.Build();
RequiredSettings.Verify(app.Configuration, app.Environment);

// parse every letter template now: a broken one stops start-up
_ = app.Services.GetRequiredService<LetterTemplateCatalog>();
await DatabaseInitializer.InitializeAsync(app.Services);
app.UsePloApi();
app.MapPloApi();
await app.RunAsync();
