#include "AppStateStore.h"
#include "Database.h"
#include "StorageTestSupport.h"

#include <QTemporaryDir>

using namespace wristdoc;
using namespace wristdoc::test;

TEST(AppStateStoreTest, ValuesAreSetReplacedAndRemoved) {
    QTemporaryDir dir;
    StorageError error;
    auto db = openDatabase(dir.filePath(QStringLiteral("w.db")), &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    AppStateStore state(*db);
    EXPECT_EQ(state.value(QStringLiteral("participant.birthDate")), QString());
    EXPECT_EQ(state.value(QStringLiteral("participant.birthDate"), QStringLiteral("none")),
              QStringLiteral("none"));

    EXPECT_FALSE(
        state.setValue(QStringLiteral("participant.birthDate"), QStringLiteral("1950-05-05")));
    EXPECT_FALSE(state.setValue(QStringLiteral("ui.language"), QStringLiteral("ko")));
    EXPECT_FALSE(
        state.setValue(QStringLiteral("participant.birthDate"), QStringLiteral("1951-06-06")));
    EXPECT_EQ(state.value(QStringLiteral("participant.birthDate")), QStringLiteral("1951-06-06"));
    EXPECT_EQ(state.value(QStringLiteral("ui.language")), QStringLiteral("ko"));
    EXPECT_EQ(rowCount(*db, "app_state"), 2);

    EXPECT_FALSE(state.setValue(QStringLiteral("empty"), QString()));
    EXPECT_EQ(state.value(QStringLiteral("empty"), QStringLiteral("fallback")), QString(""));

    EXPECT_FALSE(state.remove(QStringLiteral("ui.language")));
    EXPECT_EQ(state.value(QStringLiteral("ui.language"), QStringLiteral("gone")),
              QStringLiteral("gone"));
    EXPECT_FALSE(state.remove(QStringLiteral("never.set")));
    EXPECT_EQ(state.setValue(QString(), QStringLiteral("x")).code, StorageErrorCode::InvalidData);
}

TEST(AppStateStoreTest, ValuesSurviveReopening) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    {
        auto db = openDatabase(path);
        ASSERT_TRUE(db);
        EXPECT_FALSE(AppStateStore(*db).setValue(QStringLiteral("k"), QStringLiteral("한국어 값")));
    }
    auto db = openDatabase(path);
    ASSERT_TRUE(db);
    EXPECT_EQ(AppStateStore(*db).value(QStringLiteral("k")), QStringLiteral("한국어 값"));
}
