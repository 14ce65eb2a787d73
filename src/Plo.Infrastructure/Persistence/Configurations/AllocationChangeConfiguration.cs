using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plo.Domain.Cases;
using Plo.Domain.Common;

namespace Plo.Infrastructure.Persistence.Configurations;

internal sealed class AllocationChangeConfiguration : IEntityTypeConfiguration<AllocationChange>
{
    public void Configure(EntityTypeBuilder<AllocationChange> builder)
    {
        builder.ToTable("AllocationHistory");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.FromUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(a => a.ToUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(a => a.By).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.Property(a => a.Reason).HasMaxLength(Limits.Narrative);
        builder.HasIndex(a => new { a.ToUserId, a.At });
        // Covers the overview's count of changes of social worker in the last 12 months, by case (the case's foreign
        // key served by it too): read in the case's order without visiting the table.
        builder.Property<Guid?>("CaseId");
        builder.HasIndex(
            "CaseId",
            nameof(AllocationChange.Role),
            nameof(AllocationChange.At),
            nameof(AllocationChange.FromUserId)
        );
    }
}
