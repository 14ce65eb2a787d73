using Plo.Api.Endpoints;
using Plo.Api.Infrastructure;
using Plo.Application;
using Plo.Infrastructure;
using Plo.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddPloObservability();
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddPloMediator()
    .AddPloApi(builder.Configuration);

var app = builder.Build();
await DatabaseInitializer.InitializeAsync(app.Services);
app.UsePloApi();
app.MapPloApi();
await app.RunAsync();
