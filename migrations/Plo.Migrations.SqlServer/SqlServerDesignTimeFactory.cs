using Microsoft.EntityFrameworkCore.Design;
using Plo.Infrastructure.Persistence;

namespace Plo.Migrations.SqlServer;

/// <summary>
/// Lets `dotnet ef` build the context without booting the API. The connection string is only a
/// placeholder: adding migrations and scripting them never connects.
/// </summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<PloDbContext>
{
    public PloDbContext CreateDbContext(string[] args) =>
        new(PloDbContextOptions.Build(DatabaseProvider.SqlServer, "Server=localhost;Database=Plo;Trusted_Connection=True;TrustServerCertificate=True"));
}
