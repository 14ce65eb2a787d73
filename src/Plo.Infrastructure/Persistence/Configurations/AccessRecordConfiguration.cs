using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plo.Domain.Auditing;
using Plo.Domain.Cases;

namespace Plo.Infrastructure.Persistence.Configurations;

internal sealed class AccessRecordConfiguration : IEntityTypeConfiguration<AccessRecord>
{
    public void Configure(EntityTypeBuilder<AccessRecord> builder)
    {
        builder.ToTable("AccessLog", t => AppendOnlyTables.DeclareTriggers(t, "AccessLog"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(a => a.Roles).HasMaxLength(200).IsRequired();
        builder.Property(a => a.What).HasMaxLength(100).IsRequired();
        builder.HasIndex(a => new { a.CaseId, a.Id });
    }
}
