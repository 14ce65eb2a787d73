using Microsoft.EntityFrameworkCore;
using Plo.Infrastructure.Persistence;

namespace Plo.IntegrationTests.Persistence;

/// <summary>Fails when the model has changes that no migration of that provider covers (SQLite misses length changes,
/// so both are checked).</summary>
public class PendingModelChangesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.SqlServer, "Server=unused;Database=unused;Trusted_Connection=True")]
    public void Every_model_change_has_a_migration(DatabaseProvider provider, string connectionString)
    {
        using var db = new PloDbContext(PloDbContextOptions.Build(provider, connectionString));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The model has changes with no {provider} migration. See README: adding a migration."
        );
    }
}
