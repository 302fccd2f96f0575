#pragma once

// QtSql loads its driver plugin through the application object, and queued signals and timers
// need one too: a gtest program that includes this creates one for the whole run.
#include <QCoreApplication>

#include <gtest/gtest.h>

#include <memory>

namespace wristdoc::test {

class QtCoreEnvironment final : public ::testing::Environment {
public:
    void SetUp() override {
        static int argc = 1;
        static char name[] = "wristdoc-test";
        static char *argv[] = {name, nullptr};
        m_app = std::make_unique<QCoreApplication>(argc, argv);
    }
    void TearDown() override { m_app.reset(); }

private:
    std::unique_ptr<QCoreApplication> m_app;
};

inline ::testing::Environment *const kQtCoreEnvironment =
    ::testing::AddGlobalTestEnvironment(new QtCoreEnvironment);

} // namespace wristdoc::test
