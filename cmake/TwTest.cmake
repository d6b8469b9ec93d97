# tw_add_test(NAME name SOURCES ... LIBS ... LABELS ... [DATABASE])
#
# One Qt Test executable per class or feature. With DATABASE the test is
# registered twice, once per engine ("name.sqlite" and "name.postgres"), with the
# engine in TW_TEST_ENGINE and a label per engine; the PostgreSQL run needs the
# cluster that scripts/with-postgres provides and fails without it.
function(tw_add_test)
    cmake_parse_arguments(ARG "DATABASE;GUI" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    tw_apply_settings(${ARG_NAME})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test tw_testsupport ${ARG_LIBS})
    set(env "QT_QPA_PLATFORM=offscreen")
    if(ARG_DATABASE)
        add_test(NAME ${ARG_NAME}.sqlite COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME}.sqlite PROPERTIES
            LABELS "${ARG_LABELS};sqlite" ENVIRONMENT "${env};TW_TEST_ENGINE=sqlite")
        add_test(NAME ${ARG_NAME}.postgres COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME}.postgres PROPERTIES
            LABELS "${ARG_LABELS};postgres" ENVIRONMENT "${env};TW_TEST_ENGINE=postgres")
    else()
        add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "${env}")
    endif()
endfunction()
