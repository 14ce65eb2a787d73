using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TranslatedCopiesAndHelpGiven : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnglishOnlyReason",
                table: "Letters",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TranslationAttached",
                table: "Letters",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "TranslationRequested",
                table: "Letters",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnglishOnlyReason",
                table: "Letters");

            migrationBuilder.DropColumn(
                name: "TranslationAttached",
                table: "Letters");

            migrationBuilder.DropColumn(
                name: "TranslationRequested",
                table: "Letters");
        }
    }
}
