using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plo.Domain.Auditing;
using Plo.Domain.Cases;

namespace Plo.Infrastructure.Persistence.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("AuditRecords", t => AppendOnlyTables.DeclareTriggers(t, "AuditRecords"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(a => a.Roles).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(100).IsRequired();
        builder.HasIndex(a => a.CaseId);
    }
}
