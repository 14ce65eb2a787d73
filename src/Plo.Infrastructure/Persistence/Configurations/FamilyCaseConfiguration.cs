using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plo.Domain.Cases;

namespace Plo.Infrastructure.Persistence.Configurations;

internal sealed class FamilyCaseConfiguration : IEntityTypeConfiguration<FamilyCase>
{
    public void Configure(EntityTypeBuilder<FamilyCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Reference).HasMaxLength(FieldLengths.Reference).IsRequired();
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.OpenedBy).HasMaxLength(FieldLengths.UserId);
        builder.HasIndex(c => c.OpenedAt);

        builder.OwnsOne(c => c.Allocation, a =>
        {
            a.Property(x => x.SocialWorkerId).HasColumnName("SocialWorkerId").HasMaxLength(FieldLengths.UserId).IsRequired();
            a.Property(x => x.TeamManagerId).HasColumnName("TeamManagerId").HasMaxLength(FieldLengths.UserId).IsRequired();
            a.Property(x => x.LegalAdviserId).HasColumnName("LegalAdviserId").HasMaxLength(FieldLengths.UserId);
            a.HasIndex(x => x.SocialWorkerId);
            a.HasIndex(x => x.TeamManagerId);
        });
        builder.Navigation(c => c.Allocation).IsRequired();

        builder.HasMany(c => c.Children).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Children).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.FamilyMembers).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.FamilyMembers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
