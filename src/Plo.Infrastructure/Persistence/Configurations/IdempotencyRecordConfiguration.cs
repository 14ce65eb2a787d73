using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plo.Domain.Cases;
using Plo.Infrastructure.Idempotency;

namespace Plo.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.UserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(r => r.Key).HasMaxLength(100).IsRequired();
        builder.Property(r => r.RequestHash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Location).HasMaxLength(500);
        builder.Property(r => r.ResponseJson).Metadata.SetMaxLength(null);
        builder.Ignore(r => r.IsCompleted);
        builder.HasIndex(r => new { r.UserId, r.Key }).IsUnique();
    }
}
